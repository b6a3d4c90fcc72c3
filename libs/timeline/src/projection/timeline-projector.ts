import { parseStreamName } from '@switchboard/contracts';
import type { RecordedEvent } from '@switchboard/infra-event-store';
import type { SqlDatabase } from '@switchboard/infra-sql';
import type { CustomerKeyStore } from '../personal-data/customer-key-store';
import { keyIdsOf, openEvent, timelineEventOf } from '../personal-data/event-sealing';
import type { OpenedEvent } from './opened-event';
import { lockCheckpoint, saveCheckpoint } from './projection-checkpoint';
import { ProjectionPage } from './projection-page';
import { ProjectionReader } from './projection-reader';
import { writePage } from './projection-writer';

/**
 * Applies pages of the store's `all` stream to the timeline tables. Idempotent: positions at or
 * below the checkpoint are skipped, and the checkpoint is written in the same transaction as the
 * rows, so a crash leaves either both or neither.
 */
export class TimelineProjector {
  constructor(
    private readonly db: SqlDatabase,
    private readonly keys: CustomerKeyStore,
  ) {}

  /** Applies a page (in position order); answers the checkpoint afterwards. */
  async applyPage(recorded: readonly RecordedEvent[]): Promise<number> {
    const last = recorded[recorded.length - 1];
    if (!last) throw new Error('applyPage needs at least one event');
    // Opened before the transaction: key lookups need not hold the checkpoint lock.
    const opened = await this.open(recorded);
    return this.db.transaction(async (tx) => {
      const checkpoint = await lockCheckpoint(tx);
      if (last.position <= checkpoint) return checkpoint;
      const fresh = opened.filter((event) => event.position > checkpoint);
      if (fresh.length > 0) {
        const page = new ProjectionPage(new ProjectionReader(tx));
        await page.preload(fresh);
        for (const event of fresh) await page.apply(event);
        await writePage(tx, page.changes());
      }
      await saveCheckpoint(tx, last.position);
      return last.position;
    });
  }

  private async open(recorded: readonly RecordedEvent[]): Promise<OpenedEvent[]> {
    const sealed = recorded.flatMap((entry) => {
      const event = timelineEventOf(entry.event);
      return event ? [{ entry, event }] : [];
    });
    const keys = await this.keys.keysById([...new Set(sealed.flatMap(({ event }) => keyIdsOf(event)))]);
    return sealed.map(({ entry, event }) => ({
      position: entry.position,
      eventId: entry.event.id,
      tenantId: entry.event.tenantId,
      streamOwnerId: parseStreamName(entry.streamId).id,
      occurredAt: new Date(entry.event.occurredAt).toISOString(),
      event: openEvent(event, keys),
    }));
  }
}
