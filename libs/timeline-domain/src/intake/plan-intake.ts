import type { ChannelEventPayloads, ChannelEventType, EventEnvelope } from '@switchboard/contracts';
import { isChannelEventType } from '@switchboard/contracts';
import { callIntake, recordingIntake } from './call-intake';
import type { Intake } from './intake-plan';
import { emailIntake, messageIntake } from './message-intake';

/**
 * What the timeline does with a canonical channel event. Events that say nothing new about a
 * customer's history (delivery statuses, auto-replies, bounces) are ignored, with the reason.
 */
export function planIntake(event: EventEnvelope): Intake {
  if (!isChannelEventType(event.type)) return { kind: 'ignore', reason: `not a channel event: ${event.type}` };
  const type: ChannelEventType = event.type;
  switch (type) {
    case 'message.received.v1':
      return messageIntake(event, payloadOf(event, type));
    case 'email.received.v1':
      return emailIntake(event, payloadOf(event, type));
    case 'call.received.v1': {
      const payload = payloadOf(event, type);
      return callIntake(event, payload, { stage: 'ringing', queue: payload.queueName }, payload.callerName ?? null);
    }
    case 'call.ringing.v1':
      return callIntake(event, payloadOf(event, type), { stage: 'ringing', queue: null });
    case 'call.answered.v1':
      return callIntake(event, payloadOf(event, type), { stage: 'answered', agentId: null });
    case 'call.ended.v1': {
      const payload = payloadOf(event, type);
      return callIntake(event, payload, { stage: 'ended', outcome: payload.outcome, durationSeconds: payload.durationSeconds });
    }
    case 'call.recording-completed.v1':
      return recordingIntake(event, payloadOf(event, type));
    case 'call.transcription-completed.v1':
      return { kind: 'ignore', reason: 'transcripts are not kept in the timeline yet' };
    case 'message.edited.v1':
      return { kind: 'ignore', reason: 'edits are not kept in the timeline yet' };
    case 'message.status-updated.v1':
      return { kind: 'ignore', reason: 'delivery statuses are not part of the timeline' };
    case 'email.auto-reply-received.v1':
      return { kind: 'ignore', reason: 'auto-replies never open or continue a conversation' };
    case 'email.bounce-received.v1':
      return { kind: 'ignore', reason: 'bounces are not part of the timeline' };
    default: {
      const exhaustive: never = type;
      return exhaustive;
    }
  }
}

/** The gateway built the payload for this type from the same contracts; the envelope's type says which. */
function payloadOf<T extends ChannelEventType>(event: EventEnvelope, type: T): ChannelEventPayloads[T] {
  if (event.type !== type) throw new Error(`expected ${type}, got ${event.type}`);
  return event.payload as unknown as ChannelEventPayloads[T];
}
