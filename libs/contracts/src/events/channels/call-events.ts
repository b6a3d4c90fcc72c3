import type { ChannelEventPayloadBase, SenderIdentity } from './sender-identity';

export type CallDirection = 'inbound' | 'outbound';

/** What every call lifecycle event knows about the call. */
export interface CallPayloadBase extends ChannelEventPayloadBase {
  /** The provider's call id (Twilio CallSid). */
  readonly providerCallId: string;
  /** The caller, or null when withheld or not a phone number (SIP, client, anonymous). */
  readonly from: SenderIdentity | null;
  /** The caller id exactly as the provider gave it, kept because `from` may be null. */
  readonly fromRaw: string;
  /** The number of ours that was called. */
  readonly to: string;
  readonly direction: CallDirection;
}

/** `call.received.v1`: a call reached us and was put in the queue. */
export interface CallReceivedPayload extends CallPayloadBase {
  readonly queueName: string;
  readonly callerName?: string;
  readonly forwardedFrom?: string;
}

/** `call.ringing.v1` */
export type CallRingingPayload = CallPayloadBase;

/** `call.answered.v1` */
export type CallAnsweredPayload = CallPayloadBase;

export const CallOutcomes = ['completed', 'busy', 'no-answer', 'failed', 'canceled'] as const;
export type CallOutcome = (typeof CallOutcomes)[number];

/** `call.ended.v1` */
export interface CallEndedPayload extends CallPayloadBase {
  readonly outcome: CallOutcome;
  /** Whole seconds the call was connected; 0 when it never was. */
  readonly durationSeconds: number;
}

/** `call.recording-completed.v1` */
export interface CallRecordingCompletedPayload extends ChannelEventPayloadBase {
  readonly providerCallId: string;
  readonly providerRecordingId: string;
  /** Where the provider serves the recording (fetching it needs the channel's credentials). */
  readonly recordingUrl: string;
  readonly durationSeconds: number;
  readonly channels?: number;
}

/** `call.transcription-completed.v1` */
export interface CallTranscriptionCompletedPayload extends ChannelEventPayloadBase {
  readonly providerCallId: string;
  readonly providerTranscriptionId: string;
  readonly providerRecordingId?: string;
  readonly text: string;
}
