import type { ThreadKind } from '@switchboard/contracts';

export type CallStage = 'ringing' | 'answered' | 'ended';

export interface CallProgress {
  readonly providerCallId: string;
  readonly stage: CallStage;
  readonly recordingIds: readonly string[];
}

export interface OpenedConversation {
  readonly status: 'open' | 'closed';
  readonly id: string;
  readonly customerId: string;
  readonly channel: string;
  readonly channelId: string | null;
  readonly threadKind: ThreadKind;
  /** Messages already recorded (received and sent): a redelivered one is recognised and recorded once. */
  readonly messageIds: readonly string[];
  readonly noteIds: readonly string[];
  readonly call: CallProgress | null;
  readonly queue: string | null;
  readonly offeredTo: string | null;
  readonly assignedAgentId: string | null;
  readonly tags: readonly string[];
  readonly disposition: string | null;
  readonly csatRecorded: boolean;
}

export type ConversationState = { readonly status: 'none' } | OpenedConversation;

export function initialConversationState(): ConversationState {
  return { status: 'none' };
}

export const CALL_STAGE_ORDER: Readonly<Record<CallStage, number>> = { ringing: 0, answered: 1, ended: 2 };
