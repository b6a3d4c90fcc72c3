import { OutboundEventTypes } from '../events/outbound/outbound-event-types';
import type { MessageSentPayload } from '../events/outbound/reply-outcome';

/**
 * Events the realtime service publishes on `Topics.channelEvents`, keyed by conversation id, so that
 * the timeline records what happened in the web chat and in the console.
 */
export const RealtimeBusEventTypes = {
  /** An agent's reply delivered to the web chat widget (the widget is its own provider). */
  chatMessageSent: OutboundEventTypes.sent,
  /** An agent wrote an internal note on a conversation. */
  agentNoteAdded: 'agent-note.added.v1',
  /** The web chat customer rated the conversation after it ended. */
  csatSubmitted: 'csat.submitted.v1',
} as const;

/** `csat.submitted.v1`: the customer's satisfaction score; the comment may be personal (the timeline seals it). */
export interface CsatSubmittedPayload {
  readonly conversationId: string;
  /** 1 (poor) to 5 (excellent). */
  readonly score: number;
  readonly comment: string | null;
}

/**
 * `message.sent.v1` from the widget: the same contract as every `message.sent.v1`
 * (`MessageSentPayload` in `events/outbound`); `channelId` is `widget` and the message id is the
 * widget's provider message id.
 */
export type ChatMessageSentPayload = MessageSentPayload;

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
