import type {
  ConversationAssignedPayload,
  ConversationCallAnsweredPayload,
  ConversationCallEndedPayload,
  ConversationCallRecordedPayload,
  ConversationCallRingingPayload,
  ConversationClosedPayload,
  ConversationCsatRecordedPayload,
  ConversationMessageReceivedPayload,
  ConversationMessageSentPayload,
  ConversationNoteAddedPayload,
  ConversationOfferedPayload,
  ConversationOpenedPayload,
  ConversationQueuedPayload,
  ConversationReopenedPayload,
  ConversationTaggedPayload,
  ConversationTransferredPayload,
  ConversationWrappedUpPayload,
} from './conversation-events';
import type {
  CustomerConsentChangedPayload,
  CustomerCreatedPayload,
  CustomerErasedPayload,
  CustomerIdentityLinkedPayload,
  CustomerIdentityUnlinkedPayload,
  CustomerMergedPayload,
  CustomerProfileUpdatedPayload,
} from './customer-events';
import type { SealedField } from './sealed-field';

/** The customer aggregate's event type names. A published name never changes meaning: add a `.v2`. */
export const CustomerEventTypes = {
  created: 'customer.created.v1',
  identityLinked: 'customer.identity-linked.v1',
  identityUnlinked: 'customer.identity-unlinked.v1',
  profileUpdated: 'customer.profile-updated.v1',
  merged: 'customer.merged.v1',
  consentGiven: 'customer.consent-given.v1',
  consentWithdrawn: 'customer.consent-withdrawn.v1',
  erased: 'customer.erased.v1',
} as const;

/** The conversation aggregate's event type names. */
export const ConversationEventTypes = {
  opened: 'conversation.opened.v1',
  messageReceived: 'conversation.message-received.v1',
  messageSent: 'conversation.message-sent.v1',
  callRinging: 'conversation.call-ringing.v1',
  callAnswered: 'conversation.call-answered.v1',
  callEnded: 'conversation.call-ended.v1',
  callRecorded: 'conversation.call-recorded.v1',
  queued: 'conversation.queued.v1',
  offered: 'conversation.offered.v1',
  assigned: 'conversation.assigned.v1',
  transferred: 'conversation.transferred.v1',
  noteAdded: 'conversation.note-added.v1',
  tagged: 'conversation.tagged.v1',
  wrappedUp: 'conversation.wrapped-up.v1',
  closed: 'conversation.closed.v1',
  reopened: 'conversation.reopened.v1',
  csatRecorded: 'conversation.csat-recorded.v1',
} as const;

export type CustomerEventType = (typeof CustomerEventTypes)[keyof typeof CustomerEventTypes];
export type ConversationEventType = (typeof ConversationEventTypes)[keyof typeof ConversationEventTypes];
export type TimelineEventType = CustomerEventType | ConversationEventType;

/** Payload of each customer event type; `P` is how personal values are held (sealed when stored). */
export interface CustomerEventPayloads<P = SealedField> {
  'customer.created.v1': CustomerCreatedPayload<P>;
  'customer.identity-linked.v1': CustomerIdentityLinkedPayload<P>;
  'customer.identity-unlinked.v1': CustomerIdentityUnlinkedPayload;
  'customer.profile-updated.v1': CustomerProfileUpdatedPayload<P>;
  'customer.merged.v1': CustomerMergedPayload<P>;
  'customer.consent-given.v1': CustomerConsentChangedPayload;
  'customer.consent-withdrawn.v1': CustomerConsentChangedPayload;
  'customer.erased.v1': CustomerErasedPayload;
}

/** Payload of each conversation event type. */
export interface ConversationEventPayloads<P = SealedField> {
  'conversation.opened.v1': ConversationOpenedPayload<P>;
  'conversation.message-received.v1': ConversationMessageReceivedPayload<P>;
  'conversation.message-sent.v1': ConversationMessageSentPayload<P>;
  'conversation.call-ringing.v1': ConversationCallRingingPayload<P>;
  'conversation.call-answered.v1': ConversationCallAnsweredPayload;
  'conversation.call-ended.v1': ConversationCallEndedPayload;
  'conversation.call-recorded.v1': ConversationCallRecordedPayload<P>;
  'conversation.queued.v1': ConversationQueuedPayload;
  'conversation.offered.v1': ConversationOfferedPayload;
  'conversation.assigned.v1': ConversationAssignedPayload;
  'conversation.transferred.v1': ConversationTransferredPayload;
  'conversation.note-added.v1': ConversationNoteAddedPayload<P>;
  'conversation.tagged.v1': ConversationTaggedPayload;
  'conversation.wrapped-up.v1': ConversationWrappedUpPayload;
  'conversation.closed.v1': ConversationClosedPayload;
  'conversation.reopened.v1': ConversationReopenedPayload;
  'conversation.csat-recorded.v1': ConversationCsatRecordedPayload<P>;
}

/** A customer event as `{ type, data }`, the form deciders produce and evolve folds. */
export type CustomerEvent<P = SealedField> = {
  readonly [T in CustomerEventType]: { readonly type: T; readonly data: CustomerEventPayloads<P>[T] };
}[CustomerEventType];

export type ConversationEvent<P = SealedField> = {
  readonly [T in ConversationEventType]: { readonly type: T; readonly data: ConversationEventPayloads<P>[T] };
}[ConversationEventType];

export type TimelineEvent<P = SealedField> = CustomerEvent<P> | ConversationEvent<P>;

const CUSTOMER_TYPES: ReadonlySet<string> = new Set(Object.values(CustomerEventTypes));
const CONVERSATION_TYPES: ReadonlySet<string> = new Set(Object.values(ConversationEventTypes));

export function isCustomerEventType(type: string): type is CustomerEventType {
  return CUSTOMER_TYPES.has(type);
}

export function isConversationEventType(type: string): type is ConversationEventType {
  return CONVERSATION_TYPES.has(type);
}

export function isTimelineEventType(type: string): type is TimelineEventType {
  return CUSTOMER_TYPES.has(type) || CONVERSATION_TYPES.has(type);
}
