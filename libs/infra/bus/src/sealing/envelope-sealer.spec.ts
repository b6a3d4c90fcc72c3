import { InvalidEnvelope } from '@switchboard/contracts';
import type { EventEnvelope } from '@switchboard/contracts';
import { OTHER_SECRET, SEALING_SECRET, personalIn, personalMessage, withFlippedCiphertextBit } from '../testing/sealing-fixtures';
import { createEnvelopeSealer } from './envelope-sealer';
import { SealedMessageUnreadable } from './sealed-message-unreadable';

const sealer = createEnvelopeSealer(SEALING_SECRET);
const SEALED_FORM = /^v1\.[0-9a-f]{8}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/;

const sealedValue = (event: EventEnvelope) => (event.payload as { sealed: string }).sealed;
const withSealed = (event: EventEnvelope, sealed: string): EventEnvelope => ({ ...event, payload: { sealed } });
const flipLastChar = (text: string) => `${text.slice(0, -1)}${text.endsWith('A') ? 'B' : 'A'}`;

function unreadable(open: () => unknown): string {
  try {
    open();
  } catch (error) {
    if (error instanceof SealedMessageUnreadable) return error.message;
    throw error;
  }
  throw new Error('expected SealedMessageUnreadable');
}

describe('envelope sealer', () => {
  it('keeps only bookkeeping in clear and opens back to the original key and envelope', () => {
    const message = personalMessage();
    const sealed = sealer.seal(message);

    expect(personalIn(JSON.stringify(sealed))).toEqual([]);
    const { id, type, tenantId, occurredAt, recordedAt, correlationId, causationId } = message.event;
    expect(sealed.event).toEqual({
      id,
      type,
      tenantId,
      occurredAt,
      recordedAt,
      correlationId,
      causationId,
      source: { channel: 'sms', provider: 'twilio', channelId: 'demo-sms' },
      subject: {},
      payload: { sealed: expect.stringMatching(SEALED_FORM) },
    });
    expect(sealed.headers).toEqual(message.headers);
    expect(sealer.open(sealed)).toEqual({ key: message.key, event: message.event });
  });

  it('hashes a key the same way every time (one partition per key) and differently under another secret', () => {
    const message = personalMessage();
    const first = sealer.seal(message);
    const again = sealer.seal(message);
    expect(first.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(again.key).toBe(first.key);
    expect(sealer.seal({ ...message, key: 'another-thread' }).key).not.toBe(first.key);
    expect(createEnvelopeSealer(OTHER_SECRET).seal(message).key).not.toBe(first.key);
    // A fresh IV each time: the same message never seals to the same bytes.
    expect(sealedValue(again.event)).not.toBe(sealedValue(first.event));
  });

  it('seals fields it does not know, so a field added to the envelope later is not published in clear', () => {
    const message = personalMessage();
    const event = { ...message.event, annotations: { note: 'Jane Doe called twice' }, source: { ...message.event.source, sender: 'jane' } } as EventEnvelope;
    const sealed = sealer.seal({ key: message.key, event });
    expect(JSON.stringify(sealed.event)).not.toMatch(/Jane Doe|jane/);
    expect(sealer.open(sealed).event).toEqual(event);
  });

  it('refuses a message sealed with another secret, naming both keys', () => {
    const sealed = createEnvelopeSealer(OTHER_SECRET).seal(personalMessage());
    expect(unreadable(() => sealer.open(sealed))).toMatch(/^sealed message cannot be opened: sealed with bus key [0-9a-f]{8}, which this BUS_SECRET \(key [0-9a-f]{8}\) does not open$/);
  });

  it('refuses a message altered in its sealed value, its clear fields or its key', () => {
    const sealed = sealer.seal(personalMessage());
    const tampered: { key: string; event: EventEnvelope }[] = [
      { key: sealed.key, event: withFlippedCiphertextBit(sealed.event) },
      { key: sealed.key, event: { ...sealed.event, tenantId: 'another-tenant' } },
      { key: sealed.key, event: { ...sealed.event, type: 'message.edited.v1' } },
      { key: sealed.key, event: { ...sealed.event, source: { ...sealed.event.source, channelId: 'other-channel' } } },
      { key: flipLastChar(sealed.key), event: sealed.event },
    ];
    for (const message of tampered) expect(unreadable(() => sealer.open(message))).toMatch(/does not authenticate/);
  });

  it('refuses what is not sealed, or sealed in a format it does not know', () => {
    const plain = personalMessage();
    expect(unreadable(() => sealer.open(plain))).toMatch(/is not sealed/);
    const sealed = sealer.seal(plain);
    expect(unreadable(() => sealer.open({ ...sealed, event: withSealed(sealed.event, sealedValue(sealed.event).replace(/^v1\./, 'v9.')) }))).toMatch(/unknown seal format "v9"/);
    expect(unreadable(() => sealer.open({ ...sealed, event: withSealed(sealed.event, 'v1.nothex') }))).toMatch(/malformed/);
  });

  it('validates what it opened: a sealed value that is not an envelope raises InvalidEnvelope', () => {
    const message = personalMessage();
    const sealed = sealer.seal({ key: message.key, event: { ...message.event, payload: 'not an object' } as unknown as EventEnvelope });
    expect(() => sealer.open(sealed)).toThrow(InvalidEnvelope);
  });

  it('opens with a previous secret after a rotation, and seals with the new one', () => {
    const before = createEnvelopeSealer(OTHER_SECRET).seal(personalMessage());
    const rotated = createEnvelopeSealer(SEALING_SECRET, { previousSecrets: [OTHER_SECRET] });
    expect(rotated.open(before).event.payload).toMatchObject({ text: personalMessage().event.payload['text'] });
    expect(sealer.open(rotated.seal(personalMessage())).key).toBe(personalMessage().key);
  });

  it('refuses a secret shorter than 32 characters', () => {
    expect(() => createEnvelopeSealer('too-short')).toThrow(RangeError);
  });
});
