import type { ChannelRecord } from './channel-record';
import type { ChannelsRepository } from './channels.repository';

export interface ChannelDirectoryOptions {
  /** How long a looked-up channel is reused; a change made through another process shows after at most this. */
  readonly ttlMs: number;
  readonly maxEntries: number;
  readonly clock?: () => number;
}

/**
 * The webhook path's channel lookup: a short-lived cache in front of the repository, because every
 * webhook needs its channel and a provider's burst should not be a burst of identical queries.
 * Changes made through this process's API invalidate at once.
 */
export class ChannelDirectory {
  private readonly entries = new Map<string, { readonly channel: ChannelRecord | null; readonly expiresAt: number }>();
  private readonly clock: () => number;

  constructor(
    private readonly repository: Pick<ChannelsRepository, 'findForWebhook'>,
    private readonly options: ChannelDirectoryOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  async find(id: string): Promise<ChannelRecord | null> {
    const cached = this.entries.get(id);
    if (cached && cached.expiresAt > this.clock()) return cached.channel;
    const channel = await this.repository.findForWebhook(id);
    // Unknown ids are not remembered: a flood of made-up ids must not evict the real channels.
    if (channel) this.remember(id, channel);
    else this.entries.delete(id);
    return channel;
  }

  invalidate(id: string): void {
    this.entries.delete(id);
  }

  private remember(id: string, channel: ChannelRecord): void {
    if (this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.delete(id);
    this.entries.set(id, { channel, expiresAt: this.clock() + this.options.ttlMs });
  }
}
