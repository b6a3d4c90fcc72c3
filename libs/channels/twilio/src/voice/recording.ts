import {
  channelEvent,
  isoFromDateString,
  threadKeyForCall,
  type ChannelConnection,
  type FormParams,
  type WebhookResult,
} from '@switchboard/channels-core';
import { emptyTwiml } from '../twiml';
import { voiceOrigin } from './call-base';

/** `recordingStatusCallback`: only a completed recording is worth an event. */
export function recordingCallback(form: FormParams, connection: ChannelConnection): WebhookResult {
  const providerRecordingId = form.require('RecordingSid');
  const status = form.get('RecordingStatus') ?? 'completed';
  if (status !== 'completed') {
    return { response: emptyTwiml(), events: [], ignored: [{ reason: `recording status ${status}`, providerEventId: providerRecordingId }] };
  }
  const providerCallId = form.require('CallSid');
  const channels = Number(form.get('RecordingChannels'));
  const occurredAt = isoFromDateString(form.get('RecordingStartTime'));
  const event = channelEvent('call.recording-completed.v1', voiceOrigin(connection), {
    providerEventId: providerRecordingId,
    ...(occurredAt === undefined ? {} : { occurredAt }),
    payload: {
      threadKey: threadKeyForCall(connection, providerCallId),
      providerCallId,
      providerRecordingId,
      recordingUrl: form.require('RecordingUrl'),
      durationSeconds: Math.max(0, Math.floor(Number(form.get('RecordingDuration') ?? '0')) || 0),
      ...(Number.isInteger(channels) && channels > 0 ? { channels } : {}),
    },
  });
  return { response: emptyTwiml(), events: [event], ignored: [] };
}
