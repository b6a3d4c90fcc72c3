import type { CallOutcome } from '@switchboard/contracts';
import {
  channelEvent,
  isoFromDateString,
  type ChannelConnection,
  type ChannelEventInput,
  type FormParams,
  type WebhookResult,
} from '@switchboard/channels-core';
import { emptyTwiml } from '../twiml';
import { callBaseOf, voiceOrigin } from './call-base';

const OUTCOMES: Readonly<Record<string, CallOutcome>> = {
  completed: 'completed',
  busy: 'busy',
  'no-answer': 'no-answer',
  failed: 'failed',
  canceled: 'canceled',
};

/** A call progress callback (`StatusCallback`): ringing, in-progress, or one of the endings. */
export function callStatus(form: FormParams, connection: ChannelConnection): WebhookResult {
  const status = form.require('CallStatus');
  const base = callBaseOf(form, connection);
  const providerEventId = `${base.providerCallId}:${status}`;
  const origin = voiceOrigin(connection);
  const occurredAt = isoFromDateString(form.get('Timestamp'));
  const at = occurredAt === undefined ? {} : { occurredAt };

  const outcome = OUTCOMES[status];
  let event: ChannelEventInput | undefined;
  if (status === 'ringing') event = channelEvent('call.ringing.v1', origin, { providerEventId, ...at, payload: base });
  else if (status === 'in-progress') event = channelEvent('call.answered.v1', origin, { providerEventId, ...at, payload: base });
  else if (outcome) {
    event = channelEvent('call.ended.v1', origin, {
      providerEventId,
      ...at,
      payload: { ...base, outcome, durationSeconds: wholeSeconds(form.get('CallDuration')) },
    });
  }
  return event
    ? { response: emptyTwiml(), events: [event], ignored: [] }
    : { response: emptyTwiml(), events: [], ignored: [{ reason: `call status ${status} is not tracked`, providerEventId }] };
}

function wholeSeconds(value: string | undefined): number {
  const seconds = Number(value ?? '0');
  return Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
}
