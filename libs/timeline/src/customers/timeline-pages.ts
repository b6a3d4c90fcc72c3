import type { SqlDatabase } from '@switchboard/infra-sql';
import type { RoutingStep } from '@switchboard/timeline-domain';
import { ConversationNotFound } from '@switchboard/timeline-domain';
import { conversationFromDb, entryFromDb, routingFromDb, type ConversationRow, type ConversationDbRow, type EntryDbRow, type EntryRow, type RoutingDbRow } from '../projection/projection-rows';
import { decodeCursor, encodeCursor } from './timeline-cursor';

export interface TimelinePage {
  readonly entries: readonly EntryRow[];
  readonly nextCursor: string | null;
}

export interface ConversationDetail {
  readonly conversation: ConversationRow;
  readonly messages: readonly EntryRow[];
  readonly routingHistory: readonly RoutingStep[];
}

/** Reads of the timeline read model, always within one tenant. */
export class TimelinePages {
  constructor(private readonly db: SqlDatabase) {}

  /** Newest first, every channel interleaved, keyset-paginated on (occurred_at, id). */
  async page(tenantId: string, customerId: string, options: { cursor?: string; limit: number; channel?: string }): Promise<TimelinePage> {
    const after = options.cursor ? decodeCursor(options.cursor) : null;
    const result = await this.db.query<EntryDbRow>(
      `select * from timeline_entries
       where tenant_id = $1 and customer_id = $2
         and ($3::text is null or channel = $3)
         and ($4::timestamptz is null or (occurred_at, id) < ($4::timestamptz, $5::text))
       order by occurred_at desc, id desc
       limit $6`,
      [tenantId, customerId, options.channel ?? null, after?.occurredAt ?? null, after?.id ?? null, options.limit + 1],
    );
    const entries = result.rows.slice(0, options.limit).map(entryFromDb);
    const last = entries[entries.length - 1];
    return { entries, nextCursor: result.rows.length > options.limit && last ? encodeCursor({ occurredAt: last.occurredAt, id: last.id }) : null };
  }

  async conversation(tenantId: string, conversationId: string): Promise<ConversationDetail> {
    const [conversation, messages, routing] = await Promise.all([
      this.db.query<ConversationDbRow>('select * from timeline_conversations where tenant_id = $1 and id = $2', [tenantId, conversationId]),
      this.db.query<EntryDbRow>('select * from timeline_entries where tenant_id = $1 and conversation_id = $2 order by occurred_at, id', [tenantId, conversationId]),
      this.db.query<RoutingDbRow>('select * from timeline_routing_steps where tenant_id = $1 and conversation_id = $2 order by occurred_at, id', [tenantId, conversationId]),
    ]);
    const row = conversation.rows[0];
    if (!row) throw new ConversationNotFound(conversationId);
    return { conversation: conversationFromDb(row), messages: messages.rows.map(entryFromDb), routingHistory: routing.rows.map(routingFromDb) };
  }
}
