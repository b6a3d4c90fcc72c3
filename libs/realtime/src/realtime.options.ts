/** What the composition root may set; the defaults suit production. */
export interface RealtimeModuleOptions {
  /** How often supervisors get figures, in ms (default 1000: "at least every second"). */
  readonly figuresIntervalMs?: number;
  /** How long a disconnected chat customer may come back to the same conversation, in ms (default 2 minutes). */
  readonly chatResumeWindowMs?: number;
  /**
   * Where routing's events come from: `in-process` (the routing engine runs in this process: the
   * facade's listeners, no bus latency) or `bus` (a realtime-only process: `Topics.routingEvents`,
   * consumer group `realtime-routing`). Default `in-process`.
   */
  readonly routingEvents?: 'in-process' | 'bus';
  /** Consume `Topics.channelEvents` (group `realtime`) to show customers' messages from other channels and learn reply addresses (default true). */
  readonly consumeChannelEvents?: boolean;
  /** Redis key prefix of chat sessions and conversation logs (default `sb:realtime`); tests use a unique one. */
  readonly redisKeyPrefix?: string;
  /** Messages kept per conversation for a console or widget that (re)opens it (default 50). */
  readonly transcriptLength?: number;
}

export type ResolvedRealtimeOptions = Required<RealtimeModuleOptions>;

export const REALTIME_OPTIONS = 'switchboard:RealtimeOptions';

export function resolveRealtimeOptions(options: RealtimeModuleOptions): ResolvedRealtimeOptions {
  return {
    figuresIntervalMs: options.figuresIntervalMs ?? 1000,
    chatResumeWindowMs: options.chatResumeWindowMs ?? 120_000,
    routingEvents: options.routingEvents ?? 'in-process',
    consumeChannelEvents: options.consumeChannelEvents ?? true,
    redisKeyPrefix: options.redisKeyPrefix ?? 'sb:realtime',
    transcriptLength: options.transcriptLength ?? 50,
  };
}
