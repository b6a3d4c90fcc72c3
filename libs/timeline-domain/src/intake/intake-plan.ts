import type { SenderIdentity } from '@switchboard/contracts';
import type { ConversationCommand } from '../conversation/conversation.commands';
import type { ThreadRule } from '../threading/thread-rule';

/** Who a channel event is from, as far as identity resolution is concerned. */
export type SenderResolution =
  | { readonly kind: 'identity'; readonly identity: SenderIdentity; readonly displayName: string | null }
  /** A withheld caller id: the call gets a customer of its own, keyed by `value`. */
  | { readonly kind: 'withheld'; readonly value: string }
  /** Nothing about the sender (a recording of a call): follow the conversation the thread already has, or ignore. */
  | { readonly kind: 'thread-only' };

export interface ConversationTarget {
  readonly conversationId: string;
  readonly customerId: string;
}

/** What the timeline does with one channel event: resolve the sender, find the conversation, run the command. */
export interface IntakePlan {
  readonly sender: SenderResolution;
  readonly thread: ThreadRule;
  readonly occurredAt: string;
  command(target: ConversationTarget): ConversationCommand;
}

export type Intake = { readonly kind: 'plan'; readonly plan: IntakePlan } | { readonly kind: 'ignore'; readonly reason: string };
