import { validateEnvelope } from '@switchboard/contracts';
import type { EventEnvelope, EventSource } from '@switchboard/contracts';
import type { OutgoingMessage } from '../bus';
import { deriveBusKeys, hashMessageKey } from './bus-keys';
import type { BusKeys } from './bus-keys';
import { SealedMessageUnreadable } from './sealed-message-unreadable';
import { openText, sealText, sealedKeyId } from './sealed-text';

export interface EnvelopeSealerOptions {
  /**
   * Secrets that only open (messages sealed before a rotation); the first argument seals. A key
   * hashes differently under a new secret, so per-key order holds within one secret's messages.
   */
  readonly previousSecrets?: readonly string[];
}

/** A message as it travels: the envelope with its personal parts sealed, under a hashed key. */
export interface SealedMessage {
  readonly key: string;
  readonly event: EventEnvelope;
}

export interface EnvelopeSealer {
  /** The message as the broker may see it: bookkeeping in clear, everything else sealed, the key hashed. */
  seal(message: OutgoingMessage): OutgoingMessage;
  /**
   * The original key and envelope back, validated. Throws {@link SealedMessageUnreadable} (not
   * sealed, unknown secret, altered) or `InvalidEnvelope` (opened, but not an envelope).
   */
  open(message: SealedMessage): { readonly key: string; readonly event: EventEnvelope };
}

/** What the sealed value holds: the message key and every envelope field not kept in clear. */
interface SealedContent {
  readonly key: string;
  readonly envelope: Record<string, unknown>;
  readonly source: Record<string, unknown>;
}

/**
 * Kept in clear is only what the bus and its operators need: which event, of what type, for which
 * tenant, when, in which flow, through which channel connection. Everything else is sealed,
 * including fields added to the envelope later: `payload`, `subject` (a contact id may be a thread
 * key holding a phone number or an address) and `source.providerEventId` (an email's Message-ID, a
 * WhatsApp message id, both of which can carry the sender's address or number).
 */
function splitEnvelope(event: EventEnvelope) {
  const { id, type, tenantId, occurredAt, recordedAt, correlationId, causationId, source, ...personal } = event;
  // An envelope published without a source is still published, and dead-lettered by its consumers, as without sealing.
  const { channel, provider, channelId, ...personalSource } = (source as EventSource | undefined) ?? ({} as Partial<EventSource>);
  const clear = { id, type, tenantId, occurredAt, recordedAt, correlationId, causationId };
  const clearSource = { channel, provider, ...(channelId === undefined ? {} : { channelId }) };
  return { clear, clearSource, personal, personalSource };
}

/** The clear fields the seal is bound to, with the hashed key: changing any of them makes the message unreadable. */
function associatedData(hashedKey: string, event: EventEnvelope): string {
  const { clear, clearSource } = splitEnvelope(event);
  return JSON.stringify([hashedKey, clear.id, clear.type, clear.tenantId, clear.occurredAt, clear.recordedAt, clear.correlationId, clear.causationId, clearSource.channel, clearSource.provider, clearSource.channelId ?? null]);
}

function sealedValueOf(event: EventEnvelope): string {
  const sealed = (event.payload as { sealed?: unknown }).sealed;
  if (typeof sealed !== 'string') throw new SealedMessageUnreadable('the message is not sealed (its payload has no sealed value)');
  return sealed;
}

function parseContent(text: string): SealedContent {
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch {
    throw new SealedMessageUnreadable('its sealed content is not JSON');
  }
  const { key, envelope, source } = (content ?? {}) as Partial<SealedContent>;
  const isRecord = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (typeof key !== 'string' || !isRecord(envelope) || !isRecord(source)) throw new SealedMessageUnreadable('its sealed content is not a sealed message');
  return { key, envelope: envelope as Record<string, unknown>, source: source as Record<string, unknown> };
}

export function createEnvelopeSealer(secret: string, options: EnvelopeSealerOptions = {}): EnvelopeSealer {
  const current = deriveBusKeys(secret);
  const opening = new Map<string, BusKeys>([current, ...(options.previousSecrets ?? []).map(deriveBusKeys)].map((keys) => [keys.keyId, keys]));

  return {
    seal(message) {
      const { clear, clearSource, personal, personalSource } = splitEnvelope(message.event);
      const key = hashMessageKey(current, message.key);
      const content: SealedContent = { key: message.key, envelope: personal, source: personalSource };
      const shell = { ...clear, source: clearSource, subject: {}, payload: {} } as EventEnvelope;
      const sealed = sealText(current, JSON.stringify(content), associatedData(key, shell));
      return { ...message, key, event: { ...shell, payload: { sealed } } };
    },

    open(message) {
      const sealed = sealedValueOf(message.event);
      const keyId = sealedKeyId(sealed);
      const keys = opening.get(keyId);
      if (keys === undefined) throw new SealedMessageUnreadable(`sealed with bus key ${keyId}, which this BUS_SECRET (key ${current.keyId}) does not open`);
      const content = parseContent(openText(keys, sealed, associatedData(message.key, message.event)));
      // Rebuilt from the authenticated fields only: anything added to the envelope in clear is dropped.
      const { clear, clearSource } = splitEnvelope(message.event);
      const event = validateEnvelope({ ...clear, source: { ...clearSource, ...content.source }, ...content.envelope });
      return { key: content.key, event };
    },
  };
}
