import { channelEvent, type ChannelConnection, type FormParams, type WebhookResult } from '@switchboard/channels-core';
import { enqueueTwiml } from '../twiml';
import { callBaseOf, voiceOrigin } from './call-base';
import { enqueueSettingsOf } from './voice-settings';

/** The voice URL request for a new call: record it and answer with TwiML that queues the caller. */
export function incomingCall(form: FormParams, connection: ChannelConnection): WebhookResult {
  const settings = enqueueSettingsOf(connection);
  const base = callBaseOf(form, connection);
  const callerName = form.get('CallerName');
  const forwardedFrom = form.get('ForwardedFrom');
  const event = channelEvent('call.received.v1', voiceOrigin(connection), {
    // Its own suffix: the incoming call also says CallStatus=ringing, as the ringing callback does.
    providerEventId: `${base.providerCallId}:incoming`,
    payload: {
      ...base,
      queueName: settings.queueName,
      ...(callerName ? { callerName } : {}),
      ...(forwardedFrom ? { forwardedFrom } : {}),
    },
  });
  return { response: enqueueTwiml(settings), events: [event], ignored: [] };
}
