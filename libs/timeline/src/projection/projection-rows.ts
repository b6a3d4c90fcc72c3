import type { ConsentRecord, LinkedIdentity } from '@switchboard/contracts';
import {
  UNREADABLE,
  readable,
  type ConversationView,
  type CustomerState,
  type Personal,
  type RoutingStep,
  type TimelineEntry,
} from '@switchboard/timeline-domain';

/** In memory, a customer row is the customer's state (opened) with its dates. */
export interface CustomerRow {
  readonly tenantId: string;
  readonly id: string;
  readonly state: CustomerState;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ConversationRow extends ConversationView {
  readonly tenantId: string;
  /** The customer it was opened for, before any merge moved it. */
  readonly originCustomerId: string;
}

export interface EntryRow extends TimelineEntry {
  readonly tenantId: string;
  readonly customerId: string;
}

export interface RoutingRow extends RoutingStep {
  readonly tenantId: string;
}

export interface CustomerDbRow {
  readonly tenant_id: string;
  readonly id: string;
  readonly status: 'active' | 'merged' | 'erased';
  readonly merged_into: string | null;
  readonly display_name: string | null;
  readonly company: string | null;
  readonly language: string | null;
  readonly attributes: Record<string, string | null>;
  readonly consent: ConsentRecord;
  readonly absorbed_ids: string[];
  readonly created_at: Date | string;
  readonly updated_at: Date | string;
}

export interface IdentityDbRow {
  readonly tenant_id: string;
  readonly customer_id: string;
  readonly kind: LinkedIdentity['kind'];
  readonly value_hash: string;
  readonly value: string | null;
}

export const iso = (value: Date | string): string => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null): string | null => (value === null ? null : iso(value));

export function customerToDb(row: CustomerRow): CustomerDbRow {
  const base = { tenant_id: row.tenantId, id: row.id, created_at: row.createdAt, updated_at: row.updatedAt };
  const { state } = row;
  if (state.status === 'unknown') throw new Error(`customer ${row.id} has no creation event`);
  if (state.status === 'erased') {
    return { ...base, status: 'erased', merged_into: null, display_name: null, company: null, language: null, attributes: {}, consent: {}, absorbed_ids: [...state.erasedCustomerIds] };
  }
  return {
    ...base,
    status: state.status,
    merged_into: state.status === 'merged' ? state.mergedInto : null,
    display_name: readable(state.profile.displayName),
    company: readable(state.profile.company),
    language: state.profile.language,
    attributes: Object.fromEntries(Object.entries(state.profile.attributes).map(([key, value]) => [key, readable(value)])),
    consent: state.consent,
    absorbed_ids: [...state.absorbedCustomerIds],
  };
}

export function customerFromDb(row: CustomerDbRow, identities: readonly IdentityDbRow[]): CustomerRow {
  const dates = { tenantId: row.tenant_id, id: row.id, createdAt: iso(row.created_at), updatedAt: iso(row.updated_at) };
  if (row.status === 'erased') return { ...dates, state: { status: 'erased', id: row.id, erasedCustomerIds: row.absorbed_ids } };
  const personal = (value: string | null): Personal => value ?? UNREADABLE;
  const known = {
    id: row.id,
    profile: {
      displayName: row.display_name,
      company: row.company,
      language: row.language,
      attributes: Object.fromEntries(Object.entries(row.attributes).map(([key, value]) => [key, personal(value)])),
    },
    identities: identities.map((identity) => ({ kind: identity.kind, valueHash: identity.value_hash, value: personal(identity.value) })),
    consent: row.consent,
    absorbedCustomerIds: row.absorbed_ids,
  };
  const state: CustomerState = row.status === 'merged' && row.merged_into !== null ? { ...known, status: 'merged', mergedInto: row.merged_into } : { ...known, status: 'active' };
  return { ...dates, state };
}

export function identitiesToDb(row: CustomerRow): IdentityDbRow[] {
  if (row.state.status !== 'active') return [];
  return row.state.identities.map((identity) => ({ tenant_id: row.tenantId, customer_id: row.id, kind: identity.kind, value_hash: identity.valueHash, value: readable(identity.value) }));
}

export interface ConversationDbRow {
  readonly tenant_id: string;
  readonly id: string;
  readonly customer_id: string;
  readonly origin_customer_id: string;
  readonly channel: string;
  readonly channel_id: string | null;
  readonly thread_kind: ConversationView['threadKind'];
  readonly subject: string | null;
  readonly status: 'open' | 'closed';
  readonly queue: string | null;
  readonly assigned_agent_id: string | null;
  readonly tags: string[];
  readonly disposition: string | null;
  readonly csat_score: number | null;
  readonly opened_at: Date | string;
  readonly closed_at: Date | string | null;
  readonly last_activity_at: Date | string;
  readonly message_count: number;
}

export function conversationToDb(row: ConversationRow): ConversationDbRow {
  return {
    tenant_id: row.tenantId,
    id: row.id,
    customer_id: row.customerId,
    origin_customer_id: row.originCustomerId,
    channel: row.channel,
    channel_id: row.channelId,
    thread_kind: row.threadKind,
    subject: row.subject,
    status: row.status,
    queue: row.queue,
    assigned_agent_id: row.assignedAgentId,
    tags: [...row.tags],
    disposition: row.disposition,
    csat_score: row.csatScore,
    opened_at: row.openedAt,
    closed_at: row.closedAt,
    last_activity_at: row.lastActivityAt,
    message_count: row.messageCount,
  };
}

export function conversationFromDb(row: ConversationDbRow): ConversationRow {
  return {
    tenantId: row.tenant_id,
    id: row.id,
    customerId: row.customer_id,
    originCustomerId: row.origin_customer_id,
    channel: row.channel,
    channelId: row.channel_id,
    threadKind: row.thread_kind,
    subject: row.subject,
    status: row.status,
    queue: row.queue,
    assignedAgentId: row.assigned_agent_id,
    tags: row.tags,
    disposition: row.disposition,
    csatScore: row.csat_score,
    openedAt: iso(row.opened_at),
    closedAt: isoOrNull(row.closed_at),
    lastActivityAt: iso(row.last_activity_at),
    messageCount: row.message_count,
  };
}

export interface EntryDbRow {
  readonly tenant_id: string;
  readonly id: string;
  readonly conversation_id: string;
  readonly customer_id: string;
  readonly occurred_at: Date | string;
  readonly channel: string;
  readonly kind: TimelineEntry['kind'];
  readonly direction: TimelineEntry['direction'];
  readonly author_kind: TimelineEntry['author']['kind'];
  readonly author_id: string | null;
  readonly text: string | null;
  readonly subject: string | null;
  readonly unreadable: boolean;
  readonly media: TimelineEntry['media'];
  readonly call: TimelineEntry['call'];
}

export function entryToDb(row: EntryRow): EntryDbRow {
  return {
    tenant_id: row.tenantId,
    id: row.id,
    conversation_id: row.conversationId,
    customer_id: row.customerId,
    occurred_at: row.occurredAt,
    channel: row.channel,
    kind: row.kind,
    direction: row.direction,
    author_kind: row.author.kind,
    author_id: row.author.id,
    text: row.text,
    subject: row.subject,
    unreadable: row.unreadable,
    media: row.media,
    call: row.call,
  };
}

export function entryFromDb(row: EntryDbRow): EntryRow {
  return {
    tenantId: row.tenant_id,
    id: row.id,
    conversationId: row.conversation_id,
    customerId: row.customer_id,
    occurredAt: iso(row.occurred_at),
    channel: row.channel,
    kind: row.kind,
    direction: row.direction,
    author: { kind: row.author_kind, id: row.author_id },
    text: row.text,
    subject: row.subject,
    unreadable: row.unreadable,
    media: row.media,
    call: row.call,
  };
}

export interface RoutingDbRow {
  readonly tenant_id: string;
  readonly id: string;
  readonly conversation_id: string;
  readonly occurred_at: Date | string;
  readonly type: RoutingStep['type'];
  readonly agent_id: string | null;
  readonly queue: string | null;
  readonly detail: string | null;
}

export function routingToDb(row: RoutingRow): RoutingDbRow {
  return { tenant_id: row.tenantId, id: row.id, conversation_id: row.conversationId, occurred_at: row.occurredAt, type: row.type, agent_id: row.agentId, queue: row.queue, detail: row.detail };
}

export function routingFromDb(row: RoutingDbRow): RoutingStep {
  return { id: row.id, conversationId: row.conversation_id, occurredAt: iso(row.occurred_at), type: row.type, agentId: row.agent_id, queue: row.queue, detail: row.detail };
}
