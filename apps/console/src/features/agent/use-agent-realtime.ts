import type { AgentPresenceView, ConversationMessage, ConversationRoutingView, NotePush, OfferPush, OpenedConversation } from '@switchboard/contracts/realtime';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Presence } from '../../shared/api/routing.types';
import { useAuth } from '../../shared/auth/auth-context';
import { request } from '../../shared/realtime/ack';
import { connectAgent, type AgentSocket } from '../../shared/realtime/sockets';
import { loadOpenTabs, saveOpenTabs } from './state/open-tabs-store';
import { initialWorkspaceState, workspaceReducer, type WorkspaceState } from './state/workspace-state';

export interface AgentActions {
  setPresence(presence: Presence): Promise<AgentPresenceView>;
  accept(offer: OfferPush): Promise<void>;
  decline(offer: OfferPush): Promise<void>;
  send(conversationId: string, text: string): Promise<ConversationMessage>;
  typing(conversationId: string, typing: boolean): void;
  addNote(conversationId: string, text: string): Promise<NotePush>;
  transfer(conversationId: string, target: { queueId?: string; agentId?: string }): Promise<ConversationRoutingView>;
  wrapUp(conversationId: string, disposition: string): Promise<void>;
  activate(conversationId: string): void;
  close(conversationId: string): void;
}

let clientMessageCounter = 0;
const newClientMessageId = () => `c${Date.now().toString(36)}${(clientMessageCounter++).toString(36)}`;

/**
 * The agent's `/agent` socket for as long as the workspace is shown: server pushes go through
 * {@link workspaceReducer}; actions are acknowledged requests that throw the server's refusal.
 */
export function useAgentRealtime(): { readonly state: WorkspaceState; readonly actions: AgentActions } {
  const { session } = useAuth();
  const token = useRef(session?.accessToken ?? null);
  token.current = session?.accessToken ?? null;
  const [state, dispatch] = useReducer(workspaceReducer, initialWorkspaceState);
  const socketRef = useRef<AgentSocket | null>(null);
  const openIds = useRef(new Set<string>());
  openIds.current = new Set(state.conversations.map((conversation) => conversation.conversationId));

  useEffect(() => {
    const socket = connectAgent(() => token.current);
    socketRef.current = socket;
    const reopen = (conversationId: string, focus: boolean) =>
      request<OpenedConversation>((ack) => socket.emit('conversation:open', { conversationId }, ack)).then(
        (opened) => dispatch({ type: 'opened', opened, focus }),
        // No longer assigned to us (wrapped up elsewhere, reassigned): forget the tab.
        () => dispatch({ type: 'close', conversationId }),
      );

    socket.on('connect', () => dispatch({ type: 'connected' }));
    socket.on('disconnect', () => dispatch({ type: 'disconnected' }));
    socket.on('connect_error', (error) => {
      // A refused handshake (bad token, wrong role) will not get better by retrying.
      if (!socket.active) dispatch({ type: 'refused', reason: error.message });
    });
    socket.on('session', (pushed) => {
      dispatch({ type: 'session', session: pushed });
      if (!pushed.recovered) for (const id of loadOpenTabs()) void reopen(id, false);
    });
    socket.on('presence', (push) => dispatch({ type: 'presence-push', push, at: new Date().toISOString() }));
    socket.on('offer', (offer) => dispatch({ type: 'offer', offer }));
    socket.on('offer:ended', (ended) => dispatch({ type: 'offer-ended', ended }));
    // Accepted in another tab of the same agent: open it here too, without stealing focus.
    // The load against capacity changes with each assignment and each end: read it again.
    const refreshPresence = () =>
      request<AgentPresenceView | null>((ack) => socket.emit('presence:get', ack)).then(
        (view) => view && dispatch({ type: 'presence-view', presence: view }),
        // Only the capacity label is stale until the next change; nothing to tell the agent.
        () => undefined,
      );
    socket.on('conversation:assigned', (assigned) => {
      void refreshPresence();
      if (!openIds.current.has(assigned.conversationId)) void reopen(assigned.conversationId, false);
    });
    socket.on('conversation:message', (message) => dispatch({ type: 'message', message }));
    socket.on('conversation:typing', (signal) => dispatch({ type: 'typing', signal }));
    socket.on('conversation:note', (note) => dispatch({ type: 'note', note }));
    socket.on('conversation:customer', (presence) => dispatch({ type: 'customer', presence }));
    socket.on('conversation:ended', (ended) => {
      dispatch({ type: 'ended', ended });
      void refreshPresence();
    });
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
    };
  }, []);

  useEffect(() => {
    saveOpenTabs(state.conversations.filter((conversation) => !conversation.ended).map((conversation) => conversation.conversationId));
  }, [state.conversations]);

  const socket = useCallback((): AgentSocket => {
    if (!socketRef.current) throw new Error('not connected');
    return socketRef.current;
  }, []);

  const actions = useMemo<AgentActions>(
    () => ({
      async setPresence(presence) {
        const view = await request<AgentPresenceView>((ack) => socket().emit('presence:set', { presence }, ack));
        dispatch({ type: 'presence-view', presence: view });
        return view;
      },
      async accept(offer) {
        const opened = await request<OpenedConversation>((ack) => socket().emit('offer:accept', { conversationId: offer.conversationId, offerId: offer.offerId }, ack));
        dispatch({ type: 'offer-ended', ended: { offerId: offer.offerId, conversationId: offer.conversationId, reason: 'accepted' } });
        dispatch({ type: 'opened', opened, focus: true });
      },
      async decline(offer) {
        await request<null>((ack) => socket().emit('offer:decline', { conversationId: offer.conversationId, offerId: offer.offerId }, ack));
        dispatch({ type: 'offer-ended', ended: { offerId: offer.offerId, conversationId: offer.conversationId, reason: 'declined' } });
      },
      async send(conversationId, text) {
        const message = await request<ConversationMessage>((ack) => socket().emit('message:send', { conversationId, text, clientMessageId: newClientMessageId() }, ack));
        dispatch({ type: 'message', message });
        return message;
      },
      typing(conversationId, typing) {
        socketRef.current?.emit('typing', { conversationId, typing });
      },
      async addNote(conversationId, text) {
        const note = await request<NotePush>((ack) => socket().emit('note:add', { conversationId, text }, ack));
        dispatch({ type: 'note', note });
        return note;
      },
      async transfer(conversationId, target) {
        const view = await request<ConversationRoutingView>((ack) => socket().emit('conversation:transfer', { conversationId, ...target }, ack));
        dispatch({ type: 'ended', ended: { conversationId, reason: 'transferred' } });
        return view;
      },
      async wrapUp(conversationId, disposition) {
        await request<null>((ack) => socket().emit('conversation:wrap-up', { conversationId, disposition }, ack));
        dispatch({ type: 'ended', ended: { conversationId, reason: 'wrapped-up' } });
      },
      activate: (conversationId) => dispatch({ type: 'activate', conversationId }),
      close: (conversationId) => dispatch({ type: 'close', conversationId }),
    }),
    [socket],
  );

  return { state, actions };
}
