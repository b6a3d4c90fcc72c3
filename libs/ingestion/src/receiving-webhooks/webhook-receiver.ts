import { ChannelRequestRejected, type ChannelHandler, type ChannelKind, type WebhookRequest, type WebhookResult } from '@switchboard/channels-core';
import type { EnvelopeContext } from '@switchboard/contracts';
import type { Bus } from '@switchboard/infra-bus';
import type { ChannelRecord } from '../channels/channel-record';
import type { ClaimOutcome, DedupStore } from '../dedup/dedup-store';
import { channelEnvelopes } from './channel-envelopes';
import { dedupKeyOf } from './dedup-key';
import { problemAnswer, providerAnswer, rejectionAnswer, type WebhookAnswer } from './webhook-answer';

export interface WebhookReceiverDependencies {
  readonly channels: { find(id: string): Promise<ChannelRecord | null> };
  readonly handlers: ReadonlyMap<ChannelKind, ChannelHandler>;
  readonly dedup: DedupStore;
  readonly bus: Pick<Bus, 'publish'>;
  /** Where channel events go (`Topics.channelEvents`). */
  readonly topic: string;
  readonly envelopes: EnvelopeContext;
  readonly dedupTtlMs: number;
  /** Longest a delivery may hold its claim before publishing: above the bus's publish deadline. */
  readonly claimTtlMs: number;
  /** Told to providers with every 503. */
  readonly retryAfterSeconds: number;
}

/**
 * One webhook, start to finish: find the channel, let its provider library verify and normalise
 * the call, publish the new events in one batch, and only then answer what the provider expects.
 * Every refusal is an answer, never an exception; an exception means a bug.
 */
export class WebhookReceiver {
  constructor(private readonly deps: WebhookReceiverDependencies) {}

  /** `POST /webhooks/:channelId`. */
  async receive(channelId: string, request: WebhookRequest): Promise<WebhookAnswer> {
    const found = await this.channelAndHandler(channelId);
    if ('status' in found) return found;
    const { channel, handler } = found;
    const now = this.deps.envelopes.now();
    let result: WebhookResult;
    try {
      handler.verify(request, channel, now);
      result = await handler.handle(request, channel, now);
    } catch (error) {
      if (error instanceof ChannelRequestRejected) return rejectionAnswer(channel.kind, error, this.deps.retryAfterSeconds);
      throw error;
    }
    return this.publishOnce(channel, result);
  }

  /** `GET /webhooks/:channelId`: the URL handshake of providers that have one (Meta's `hub.challenge`). */
  async verifyUrl(channelId: string, request: WebhookRequest): Promise<WebhookAnswer> {
    const found = await this.channelAndHandler(channelId);
    if ('status' in found) return found;
    const { channel, handler } = found;
    if (!handler.handleVerification) {
      return problemAnswer(channel.kind, 405, 'METHOD_NOT_ALLOWED', `${channel.kind} channels take POST only`);
    }
    try {
      return providerAnswer(handler.handleVerification(request, channel, this.deps.envelopes.now()), channel.kind, 'verified');
    } catch (error) {
      if (error instanceof ChannelRequestRejected) return rejectionAnswer(channel.kind, error, this.deps.retryAfterSeconds);
      throw error;
    }
  }

  private async channelAndHandler(channelId: string): Promise<{ channel: ChannelRecord; handler: ChannelHandler } | WebhookAnswer> {
    let channel: ChannelRecord | null;
    try {
      channel = await this.deps.channels.find(channelId);
    } catch {
      // The registry's database is down: the provider should retry rather than give up on us.
      return this.unavailable('unknown', 'CHANNELS_UNAVAILABLE', 'the channel registry is unavailable');
    }
    const handler = channel ? this.deps.handlers.get(channel.kind) : undefined;
    if (!channel || !handler) return problemAnswer('unknown', 404, 'CHANNEL_NOT_FOUND', 'no such channel');
    return { channel, handler };
  }

  private async publishOnce(channel: ChannelRecord, result: WebhookResult): Promise<WebhookAnswer> {
    if (result.events.length === 0) return providerAnswer(result.response, channel.kind, 'ignored');
    const keys = result.events.map((event) => dedupKeyOf(channel, event));
    const uniqueKeys = [...new Set(keys.filter((key): key is string => key !== null))];
    const owner = this.deps.envelopes.newId();

    let outcomes: ReadonlyMap<string, ClaimOutcome>;
    let dedupFailure: unknown;
    try {
      const claimed = await this.deps.dedup.claim(uniqueKeys, owner, this.deps.claimTtlMs);
      outcomes = new Map(uniqueKeys.map((key, index) => [key, claimed[index] ?? 'in-flight']));
    } catch (error) {
      // Without the store we still take the webhook (at-least-once): losing it would be worse than a duplicate.
      dedupFailure = error;
      outcomes = new Map(uniqueKeys.map((key) => [key, 'claimed' as const]));
    }
    const mine = uniqueKeys.filter((key) => outcomes.get(key) === 'claimed');

    if (uniqueKeys.some((key) => outcomes.get(key) === 'in-flight')) {
      await this.release(mine, owner);
      return this.unavailable(channel.kind, 'DUPLICATE_IN_FLIGHT', 'the same event is being accepted by another delivery', 'in_flight');
    }
    const fresh = result.events.filter((_event, index) => {
      const key = keys[index];
      return key === null || key === undefined || outcomes.get(key) === 'claimed';
    });
    if (fresh.length === 0) return providerAnswer(result.response, channel.kind, 'duplicate');

    try {
      await this.deps.bus.publish(this.deps.topic, channelEnvelopes(fresh, this.deps.envelopes));
    } catch {
      await this.release(mine, owner);
      return this.unavailable(channel.kind, 'BUS_UNAVAILABLE', 'events cannot be stored right now; retry later');
    }
    try {
      await this.deps.dedup.confirm(mine, this.deps.dedupTtlMs);
    } catch (error) {
      // Published all the same: a redelivery may publish again, which consumers tolerate.
      dedupFailure ??= error;
    }
    const answer = providerAnswer(result.response, channel.kind, 'accepted', fresh.length);
    return dedupFailure === undefined ? answer : { ...answer, dedupFailure };
  }

  private async release(keys: readonly string[], owner: string): Promise<void> {
    // Best effort: a claim that cannot be released expires after claimTtlMs anyway.
    await this.deps.dedup.release(keys, owner).catch(() => undefined);
  }

  private unavailable(kind: ChannelKind | 'unknown', code: string, message: string, outcome: WebhookAnswer['outcome'] = 'unavailable'): WebhookAnswer {
    return problemAnswer(kind, 503, code, message, outcome, this.deps.retryAfterSeconds);
  }
}
