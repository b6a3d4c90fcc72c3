import type { SenderIdentity } from '../events/channels/sender-identity';
import type { MessageAuthor } from './conversation-message';

/**
 * Events the realtime service publishes on `Topics.channelEvents`, keyed by conversation id, so that
 * the timeline records what happened in the web chat and in the console.
 */
export const RealtimeBusEventTypes = {
  /** An agent's reply delivered to the web chat widget (the widget is its own provider). */
  chatMessageSent: 'message.sent.v1',
  /** An agent wrote an internal note on a conversation. */
  agentNoteAdded: 'agent-note.added.v1',
} as const;

/**
 * `message.sent.v1` from the widget: the fields every `message.sent.v1` has (channelId, conversationId,
 * threadKey, to, attempts, providerMessageIds), plus the text and its author, which only the widget
 * channel knows at this point (a provider's send has them in its `message.reply-requested.v1`).
 */
export interface ChatMessageSentPayload {
  /** Always `widget`: the web chat has no channel connection of its own. */
  readonly channelId: string;
  readonly conversationId: string;
  readonly threadKey: string;
  readonly to: SenderIdentity;
  readonly attempts: number;
  /** The message id, which is the widget's provider message id. */
  readonly providerMessageIds: readonly string[];
  readonly messageId: string;
  readonly author: MessageAuthor;
  readonly text: string;
}

/** `agent-note.added.v1`: personal data may be in `text`; the timeline seals it when it records the note. */
export interface AgentNoteAddedPayload {
  readonly conversationId: string;
  readonly noteId: string;
  readonly authorId: string;
  readonly text: string;
}

/** The widget's identity values: what `chat-visitor:<visitorId>` and `source.provider` say. */
export const WIDGET_PROVIDER = 'widget';
export const WIDGET_CHANNEL_ID = 'widget';
