import { InvalidCommand } from '../errors';
import type { AttachRecording, RecordCallProgress } from './conversation.commands';
import { existing, openedEvent, type Event } from './conversation.rules';
import { CALL_STAGE_ORDER, type ConversationState, type OpenedConversation } from './conversation.state';

/**
 * A call is its own conversation: the first report of it opens the conversation (ringing first,
 * since every call rang, even when the provider's "ringing" callback arrives late or never), and
 * its end closes it. Reports only move the call forward; a repeated or late one records nothing.
 */
export function recordCallProgress({ data }: RecordCallProgress, state: ConversationState): Event[] {
  const { opening, call, progress } = data;
  const conversationId = opening.conversationId;
  if (state.status === 'none') {
    const ringing: Event = { type: 'conversation.call-ringing.v1', data: { conversationId, ...call } };
    const fresh = { status: 'open', call: { stage: 'ringing' } } as const;
    return [openedEvent(opening), ringing, ...progressEvents(conversationId, call.providerCallId, progress, fresh, null)];
  }
  if (state.call !== null && state.call.providerCallId !== call.providerCallId) {
    throw new InvalidCommand(['a conversation holds one call; this report is for another call']);
  }
  return progressEvents(state.id, call.providerCallId, progress, { status: state.status, call: state.call }, state.queue);
}

function progressEvents(
  conversationId: string,
  providerCallId: string,
  progress: RecordCallProgress['data']['progress'],
  now: { readonly status: OpenedConversation['status']; readonly call: { readonly stage: keyof typeof CALL_STAGE_ORDER } | null },
  queue: string | null,
): Event[] {
  const reached = now.call === null ? -1 : CALL_STAGE_ORDER[now.call.stage];
  switch (progress.stage) {
    case 'ringing':
      return progress.queue !== null && queue === null && now.status === 'open'
        ? [{ type: 'conversation.queued.v1', data: { conversationId, queue: progress.queue } }]
        : [];
    case 'answered':
      return reached < CALL_STAGE_ORDER.answered
        ? [{ type: 'conversation.call-answered.v1', data: { conversationId, providerCallId, agentId: progress.agentId } }]
        : [];
    case 'ended': {
      if (reached >= CALL_STAGE_ORDER.ended) return [];
      const ended: Event = {
        type: 'conversation.call-ended.v1',
        data: { conversationId, providerCallId, outcome: progress.outcome, durationSeconds: progress.durationSeconds },
      };
      return now.status === 'open' ? [ended, { type: 'conversation.closed.v1', data: { conversationId, reason: 'call-ended' } }] : [ended];
    }
  }
}

export function attachRecording({ data }: AttachRecording, state: ConversationState): Event[] {
  const conversation = existing(state);
  if (conversation.call === null || conversation.call.providerCallId !== data.providerCallId) {
    throw new InvalidCommand(['the recording is of a call this conversation does not hold']);
  }
  if (conversation.call.recordingIds.includes(data.providerRecordingId)) return [];
  return [{ type: 'conversation.call-recorded.v1', data: { conversationId: conversation.id, ...data } }];
}
