import { MaxBodyBytes, type ChannelConnection, type ChannelHandler, type FormParams, type WebhookRequest, type WebhookResult } from '@switchboard/channels-core';
import { readVerifiedTwilioForm } from '../twilio-request';
import { callStatus } from './call-status';
import { incomingCall } from './incoming-call';
import { recordingCallback } from './recording';
import { transcriptionCallback } from './transcription';

/**
 * Twilio Programmable Voice. One URL serves the number's voice URL, its status callback and the
 * recording / transcription callbacks: which one is calling is read from the parameters.
 */
export function createTwilioVoiceHandler(): ChannelHandler {
  const maxBodyBytes = MaxBodyBytes['twilio-voice'];
  const read = (request: WebhookRequest, connection: ChannelConnection) =>
    readVerifiedTwilioForm(request, connection, 'twilio-voice', maxBodyBytes);
  return {
    kind: 'twilio-voice',
    maxBodyBytes,
    verify(request, connection) {
      read(request, connection);
    },
    async handle(request, connection) {
      return dispatch(read(request, connection), connection);
    },
  };
}

function dispatch(form: FormParams, connection: ChannelConnection): WebhookResult {
  if (form.has('TranscriptionSid')) return transcriptionCallback(form, connection);
  if (form.has('RecordingSid')) return recordingCallback(form, connection);
  if (isStatusCallback(form)) return callStatus(form, connection);
  return incomingCall(form, connection);
}

/**
 * Status callbacks say `CallbackSource=call-progress-events` and number themselves; the voice URL
 * request for a new call does neither and arrives while the call is still ringing.
 */
function isStatusCallback(form: FormParams): boolean {
  if (form.get('CallbackSource') === 'call-progress-events' || form.has('SequenceNumber')) return true;
  const status = form.get('CallStatus');
  return status !== undefined && status !== 'ringing' && status !== 'queued';
}
