import { OutboundEventTypes, type EnvelopeContext, type EventEnvelope, type ReplyRequestedPayload } from '@switchboard/contracts';
import type { Bus } from '@switchboard/infra-bus';
import type { ChannelRecord } from '../channels/channel-record';
import type { DedupStore } from '../dedup/dedup-store';
import { deliveryEnvelope } from './delivery-envelopes';
import { deliveryFailed, type DeliveryResult } from './delivery-result';
import { InvalidReplyRequest, parseReplyRequested } from './parse-reply-requested';
import type { ReplySender } from './reply-sender';

/** Another consumer is sending this reply right now; the bus retries the message later. */
export class ReplyInFlight extends Error {
  readonly code = 'REPLY_IN_FLIGHT';
  readonly retriable = true;

  constructor(readonly replyId: string) {
    super(`reply ${replyId} is being sent by another consumer`);
    this.name = 'ReplyInFlight';
  }
}

export interface ReplyRequestHandlerDependencies {
  readonly channels: { findInTenant(tenantId: string, id: string): Promise<ChannelRecord | null> };
  readonly sender: Pick<ReplySender, 'send'>;
  readonly dedup: DedupStore;
  readonly bus: Pick<Bus, 'publish'>;
  /** Where `message.sent.v1` / `message.delivery-failed.v1` go (`Topics.channelEvents`). */
  readonly topic: string;
  readonly envelopes: EnvelopeContext;
  readonly dedupTtlMs: number;
  /** Longer than the longest send (attempts × timeout + backoff), shorter than the bus's retry span. */
  readonly claimTtlMs: number;
}

export type ReplyOutcome = 'sent' | 'failed' | 'already-sent' | 'invalid' | 'ignored';

/**
 * One message of the outbound topic. The bus delivers at least once, so each reply is claimed in
 * the dedup store by its event id before sending and marked done once its outcome is recorded: a
 * redelivery of a reply already sent is skipped, not sent twice.
 */
export class ReplyRequestHandler {
  constructor(private readonly deps: ReplyRequestHandlerDependencies) {}

  async handle(event: EventEnvelope): Promise<{ readonly outcome: ReplyOutcome; readonly result?: DeliveryResult; readonly kind?: ChannelRecord['kind'] }> {
    if (event.type !== OutboundEventTypes.replyRequested) return { outcome: 'ignored' };
    let payload: ReplyRequestedPayload;
    try {
      payload = parseReplyRequested(event.payload);
    } catch (error) {
      // Retrying cannot make it valid, and holding the partition for it would delay every other reply.
      if (error instanceof InvalidReplyRequest) return { outcome: 'invalid' };
      throw error;
    }
    const key = `outbound/${event.tenantId}/${event.id}`;
    const owner = this.deps.envelopes.newId();
    const [claim] = await this.deps.dedup.claim([key], owner, this.deps.claimTtlMs);
    if (claim === 'done') return { outcome: 'already-sent' };
    if (claim === 'in-flight') throw new ReplyInFlight(event.id);
    try {
      const channel = await this.deps.channels.findInTenant(event.tenantId, payload.channelId);
      const result = channel ? await this.deps.sender.send(channel, payload, event.id) : deliveryFailed('CHANNEL_NOT_FOUND', `no channel ${payload.channelId}`, false);
      await this.deps.bus.publish(this.deps.topic, [deliveryEnvelope(event, payload, channel, result, this.deps.envelopes)]);
      await this.deps.dedup.confirm([key], this.deps.dedupTtlMs);
      return { outcome: result.ok ? 'sent' : 'failed', result, ...(channel ? { kind: channel.kind } : {}) };
    } catch (error) {
      // Unrecorded: give the claim back so the bus's redelivery sends (and records) it.
      await this.deps.dedup.release([key], owner).catch(() => undefined);
      throw error;
    }
  }
}
