import type { ConversationEvent } from '@switchboard/contracts';
import { CALL_STAGE_ORDER, type CallStage, type ConversationState, type OpenedConversation } from './conversation.state';

/**
 * Folds one event into the state. Generic in how personal values are held, because no decision
 * depends on them: a handler can fold the sealed events as stored, without opening them. Total, like
 * the customer's: an event that does not fit the state is ignored rather than thrown on.
 */
export function evolveConversation<P>(state: ConversationState, event: ConversationEvent<P>): ConversationState {
  if (event.type === 'conversation.opened.v1') {
    if (state.status !== 'none') return state;
    const { conversationId, customerId, channel, channelId, threadKind } = event.data;
    return {
      status: 'open',
      id: conversationId,
      customerId,
      channel,
      channelId,
      threadKind,
      messageIds: [],
      noteIds: [],
      call: null,
      queue: null,
      offeredTo: null,
      assignedAgentId: null,
      tags: [],
      disposition: null,
      csatRecorded: false,
    };
  }
  if (state.status === 'none') return state;
  return evolveOpened(state, event);
}

function evolveOpened<P>(state: OpenedConversation, event: ConversationEvent<P>): OpenedConversation {
  switch (event.type) {
    case 'conversation.message-received.v1':
    case 'conversation.message-sent.v1':
      return { ...state, messageIds: [...state.messageIds, event.data.messageId] };
    case 'conversation.call-ringing.v1':
      return { ...state, call: advanceCall(state, event.data.providerCallId, 'ringing') };
    case 'conversation.call-answered.v1':
      return { ...state, call: advanceCall(state, event.data.providerCallId, 'answered') };
    case 'conversation.call-ended.v1':
      return { ...state, call: advanceCall(state, event.data.providerCallId, 'ended') };
    case 'conversation.call-recorded.v1':
      return state.call === null ? state : { ...state, call: { ...state.call, recordingIds: [...state.call.recordingIds, event.data.providerRecordingId] } };
    case 'conversation.queued.v1':
      return { ...state, queue: event.data.queue, offeredTo: null, assignedAgentId: null };
    case 'conversation.offered.v1':
      return { ...state, offeredTo: event.data.agentId };
    case 'conversation.assigned.v1':
      return { ...state, offeredTo: null, assignedAgentId: event.data.agentId };
    case 'conversation.transferred.v1':
      return { ...state, offeredTo: null, assignedAgentId: event.data.toAgentId, queue: event.data.toQueue ?? state.queue };
    case 'conversation.note-added.v1':
      return { ...state, noteIds: [...state.noteIds, event.data.noteId] };
    case 'conversation.tagged.v1': {
      const kept = state.tags.filter((tag) => !event.data.removed.includes(tag));
      return { ...state, tags: [...kept, ...event.data.added.filter((tag) => !kept.includes(tag))] };
    }
    case 'conversation.wrapped-up.v1':
      return { ...state, disposition: event.data.disposition };
    case 'conversation.closed.v1':
      return { ...state, status: 'closed', offeredTo: null };
    case 'conversation.reopened.v1':
      // A reopened conversation is handled (and wrapped up) afresh; the old disposition stays in its history.
      return { ...state, status: 'open', disposition: null };
    case 'conversation.csat-recorded.v1':
      return { ...state, csatRecorded: true };
    case 'conversation.opened.v1':
      return state;
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

/** A call only moves forward: a late "ringing" after "answered" changes nothing. */
function advanceCall(state: OpenedConversation, providerCallId: string, stage: CallStage) {
  const current = state.call;
  if (current === null) return { providerCallId, stage, recordingIds: [] };
  return CALL_STAGE_ORDER[stage] > CALL_STAGE_ORDER[current.stage] ? { ...current, stage } : current;
}
