import { channelEvent, threadKeyForCall, type ChannelConnection, type FormParams, type WebhookResult } from '@switchboard/channels-core';
import { emptyTwiml } from '../twiml';
import { voiceOrigin } from './call-base';

/** `transcribeCallback` of a recording: the text when Twilio managed to transcribe it. */
export function transcriptionCallback(form: FormParams, connection: ChannelConnection): WebhookResult {
  const providerTranscriptionId = form.require('TranscriptionSid');
  const status = form.get('TranscriptionStatus') ?? 'completed';
  if (status !== 'completed') {
    return {
      response: emptyTwiml(),
      events: [],
      ignored: [{ reason: `transcription status ${status}`, providerEventId: providerTranscriptionId }],
    };
  }
  const providerCallId = form.require('CallSid');
  const providerRecordingId = form.get('RecordingSid');
  const event = channelEvent('call.transcription-completed.v1', voiceOrigin(connection), {
    providerEventId: providerTranscriptionId,
    payload: {
      threadKey: threadKeyForCall(connection, providerCallId),
      providerCallId,
      providerTranscriptionId,
      text: form.get('TranscriptionText') ?? '',
      ...(providerRecordingId ? { providerRecordingId } : {}),
    },
  });
  return { response: emptyTwiml(), events: [event], ignored: [] };
}
