import type {
  AgentPresenceView,
  AgentSessionPush,
  ConversationEndedPush,
  ConversationEndReason,
  ConversationMessage,
  ConversationRoutingView,
  CustomerPresencePush,
  NotePush,
  OfferEndedPush,
  OfferPush,
  OpenedConversation,
  PresencePush,
  TypingSignal,
} from '@switchboard/contracts/realtime';
import { mergeMessages } from './merge-messages';

/** A conversation the agent has open in a tab. */
export interface OpenConversation {
  readonly conversationId: string;
  readonly routing: ConversationRoutingView;
  readonly messages: readonly ConversationMessage[];
  readonly notes: readonly NotePush[];
  readonly customerTyping: boolean;
  /** Null when the channel does not say (only the web chat does). */
  readonly customerOnline: boolean | null;
  /** Set when the conversation left the agent (wrapped up, transferred, reassigned). */
  readonly ended: ConversationEndReason | null;
  /** Customer messages not yet seen (the tab was not the active one). */
  readonly unread: number;
}

export type Connection = 'connecting' | 'online' | 'reconnecting' | 'refused';

export interface WorkspaceState {
  readonly connection: Connection;
  readonly connectionProblem: string | null;
  readonly presence: AgentPresenceView | null;
  readonly offer: OfferPush | null;
  /** How the last offer ended, to tell the agent (e.g. it expired). */
  readonly lastOfferEnd: OfferEndedPush | null;
  readonly conversations: readonly OpenConversation[];
  readonly activeId: string | null;
}

export const initialWorkspaceState: WorkspaceState = {
  connection: 'connecting',
  connectionProblem: null,
  presence: null,
  offer: null,
  lastOfferEnd: null,
  conversations: [],
  activeId: null,
};

export type WorkspaceAction =
  | { readonly type: 'connected' }
  | { readonly type: 'disconnected' }
  | { readonly type: 'refused'; readonly reason: string }
  | { readonly type: 'session'; readonly session: AgentSessionPush }
  | { readonly type: 'presence-view'; readonly presence: AgentPresenceView }
  | { readonly type: 'presence-push'; readonly push: PresencePush; readonly at: string }
  | { readonly type: 'offer'; readonly offer: OfferPush }
  | { readonly type: 'offer-ended'; readonly ended: OfferEndedPush }
  | { readonly type: 'opened'; readonly opened: OpenedConversation; readonly focus: boolean }
  | { readonly type: 'message'; readonly message: ConversationMessage }
  | { readonly type: 'typing'; readonly signal: TypingSignal }
  | { readonly type: 'note'; readonly note: NotePush }
  | { readonly type: 'customer'; readonly presence: CustomerPresencePush }
  | { readonly type: 'ended'; readonly ended: ConversationEndedPush }
  | { readonly type: 'activate'; readonly conversationId: string }
  | { readonly type: 'close'; readonly conversationId: string };

function update(state: WorkspaceState, conversationId: string, change: (conversation: OpenConversation) => OpenConversation): WorkspaceState {
  if (!state.conversations.some((conversation) => conversation.conversationId === conversationId)) return state;
  return { ...state, conversations: state.conversations.map((conversation) => (conversation.conversationId === conversationId ? change(conversation) : conversation)) };
}

function opened(state: WorkspaceState, { conversation, messages }: OpenedConversation, focus: boolean): WorkspaceState {
  const existing = state.conversations.find((open) => open.conversationId === conversation.conversationId);
  const next: OpenConversation = existing
    ? { ...existing, routing: conversation, messages: mergeMessages(existing.messages, messages), ended: null }
    : { conversationId: conversation.conversationId, routing: conversation, messages: mergeMessages([], messages), notes: [], customerTyping: false, customerOnline: null, ended: null, unread: 0 };
  const conversations = existing ? state.conversations.map((open) => (open === existing ? next : open)) : [...state.conversations, next];
  return { ...state, conversations, activeId: focus || !state.activeId ? next.conversationId : state.activeId };
}

/** The agent workspace as a pure function of what the server pushed and what the agent did. */
export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case 'connected':
      return { ...state, connection: 'online', connectionProblem: null };
    case 'disconnected':
      return state.connection === 'refused' ? state : { ...state, connection: 'reconnecting' };
    case 'refused':
      return { ...state, connection: 'refused', connectionProblem: action.reason };
    case 'session':
      return { ...state, connection: 'online', connectionProblem: null, presence: action.session.agent, offer: action.session.offer };
    case 'presence-view':
      return { ...state, presence: action.presence };
    case 'presence-push':
      if (!state.presence) return state;
      return {
        ...state,
        presence: { ...state.presence, presence: action.push.presence, presenceSince: action.at, wrapUpUntil: action.push.until },
        // Leaving `available` withdraws a pending offer on the server; drop it here at once too.
        offer: action.push.presence === 'available' ? state.offer : null,
      };
    case 'offer':
      return { ...state, offer: action.offer, lastOfferEnd: null };
    case 'offer-ended':
      if (state.offer?.offerId !== action.ended.offerId) return state;
      return { ...state, offer: null, lastOfferEnd: action.ended };
    case 'opened':
      return opened(state, action.opened, action.focus);
    case 'message': {
      const { message } = action;
      return update(state, message.conversationId, (conversation) => ({
        ...conversation,
        messages: mergeMessages(conversation.messages, [message]),
        customerTyping: message.author.kind === 'customer' ? false : conversation.customerTyping,
        unread: conversation.unread + (message.author.kind === 'customer' && state.activeId !== conversation.conversationId ? 1 : 0),
      }));
    }
    case 'typing':
      if (action.signal.from !== 'customer') return state;
      return update(state, action.signal.conversationId, (conversation) => ({ ...conversation, customerTyping: action.signal.typing }));
    case 'note':
      return update(state, action.note.conversationId, (conversation) =>
        conversation.notes.some((note) => note.noteId === action.note.noteId) ? conversation : { ...conversation, notes: [...conversation.notes, action.note] },
      );
    case 'customer':
      return update(state, action.presence.conversationId, (conversation) => ({ ...conversation, customerOnline: action.presence.online, customerTyping: false }));
    case 'ended':
      return update(state, action.ended.conversationId, (conversation) => ({ ...conversation, ended: action.ended.reason, customerTyping: false }));
    case 'activate':
      return update({ ...state, activeId: action.conversationId }, action.conversationId, (conversation) => ({ ...conversation, unread: 0 }));
    case 'close': {
      const conversations = state.conversations.filter((conversation) => conversation.conversationId !== action.conversationId);
      const activeId = state.activeId === action.conversationId ? (conversations[conversations.length - 1]?.conversationId ?? null) : state.activeId;
      return { ...state, conversations, activeId };
    }
    default: {
      const exhaustive: never = action;
      return exhaustive;
    }
  }
}
