import type { CallDirection, CallPayloadBase } from '@switchboard/contracts';
import {
  defaultCountryOf,
  identityOf,
  threadKeyForCall,
  type ChannelConnection,
  type ChannelEventOrigin,
  type FormParams,
} from '@switchboard/channels-core';

export function voiceOrigin(connection: ChannelConnection): ChannelEventOrigin {
  return { connection, channel: 'voice', provider: 'twilio' };
}

/** The fields every Twilio call request (incoming call and status callbacks) carries. */
export function callBaseOf(form: FormParams, connection: ChannelConnection): CallPayloadBase {
  const providerCallId = form.require('CallSid');
  const fromRaw = form.get('From') ?? form.get('Caller') ?? '';
  return {
    threadKey: threadKeyForCall(connection, providerCallId),
    providerCallId,
    from: identityOf('phone', fromRaw, defaultCountryOf(connection)),
    fromRaw,
    to: form.get('To') ?? form.get('Called') ?? '',
    direction: directionOf(form.get('Direction')),
  };
}

/** Twilio says `inbound`, `outbound-api` or `outbound-dial`. */
function directionOf(direction: string | undefined): CallDirection {
  return direction?.startsWith('outbound') ? 'outbound' : 'inbound';
}
