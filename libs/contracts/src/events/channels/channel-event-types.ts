import type {
  CallAnsweredPayload,
  CallEndedPayload,
  CallReceivedPayload,
  CallRecordingCompletedPayload,
  CallRingingPayload,
  CallTranscriptionCompletedPayload,
} from './call-events';
import type {
  EmailAutoReplyReceivedPayload,
  EmailBounceReceivedPayload,
  EmailReceivedPayload,
} from './email-events';
import type { MessageEditedPayload, MessageReceivedPayload, MessageStatusUpdatedPayload } from './message-events';

/** The canonical channel event type names. A published name never changes meaning: add a `.v2`. */
export const ChannelEventTypes = {
  callReceived: 'call.received.v1',
  callRinging: 'call.ringing.v1',
  callAnswered: 'call.answered.v1',
  callEnded: 'call.ended.v1',
  callRecordingCompleted: 'call.recording-completed.v1',
  callTranscriptionCompleted: 'call.transcription-completed.v1',
  messageReceived: 'message.received.v1',
  messageEdited: 'message.edited.v1',
  messageStatusUpdated: 'message.status-updated.v1',
  emailReceived: 'email.received.v1',
  emailAutoReplyReceived: 'email.auto-reply-received.v1',
  emailBounceReceived: 'email.bounce-received.v1',
} as const;

export type ChannelEventType = (typeof ChannelEventTypes)[keyof typeof ChannelEventTypes];

/** Payload of each channel event type. */
export interface ChannelEventPayloads {
  'call.received.v1': CallReceivedPayload;
  'call.ringing.v1': CallRingingPayload;
  'call.answered.v1': CallAnsweredPayload;
  'call.ended.v1': CallEndedPayload;
  'call.recording-completed.v1': CallRecordingCompletedPayload;
  'call.transcription-completed.v1': CallTranscriptionCompletedPayload;
  'message.received.v1': MessageReceivedPayload;
  'message.edited.v1': MessageEditedPayload;
  'message.status-updated.v1': MessageStatusUpdatedPayload;
  'email.received.v1': EmailReceivedPayload;
  'email.auto-reply-received.v1': EmailAutoReplyReceivedPayload;
  'email.bounce-received.v1': EmailBounceReceivedPayload;
}

const CHANNEL_EVENT_TYPES: ReadonlySet<string> = new Set(Object.values(ChannelEventTypes));

export function isChannelEventType(type: string): type is ChannelEventType {
  return CHANNEL_EVENT_TYPES.has(type);
}
