import {
  ForbiddenChannel,
  InvalidSignature,
  MalformedPayload,
  PayloadTooLarge,
  UnsupportedMediaType,
  type ChannelEventInput,
} from '@switchboard/channels-core';
import { VOICE_URL, fixture, smsConnection, twilioRequest, voiceConnection } from '../testing/signed-twilio-request';
import { createTwilioVoiceHandler } from './twilio-voice.handler';

const handler = createTwilioVoiceHandler();
const now = new Date('2026-11-23T09:05:00Z');
const CALL = 'CA5e1f2a3b4c5d6e7f8091a2b3c4d5e6f7';

const handle = (name: string) => handler.handle(twilioRequest(VOICE_URL, fixture(name)), voiceConnection, now);
const only = (events: readonly ChannelEventInput[]) => {
  const [event, ...rest] = events;
  if (!event || rest.length > 0) throw new Error(`expected one event, got ${events.length}`);
  return event;
};

describe('Twilio voice: incoming call', () => {
  it('records call.received and answers with TwiML that greets and enqueues the caller', async () => {
    const result = await handle('incoming-call');
    expect(result.response).toEqual({
      status: 200,
      contentType: 'text/xml; charset=utf-8',
      body: '<?xml version="1.0" encoding="UTF-8"?><Response><Say language="en-US">Thanks for calling Acme &amp; Co.</Say><Enqueue>support</Enqueue></Response>',
    });
    const event = only(result.events);
    expect(event.type).toBe('call.received.v1');
    expect(event.tenantId).toBe('demo');
    expect(event.source).toEqual({ channel: 'voice', provider: 'twilio', providerEventId: `${CALL}:incoming`, channelId: 'demo-voice' });
    expect(event.threadKey).toBe(`demo-voice:call:${CALL}`);
    expect(event.payload).toEqual({
      threadKey: `demo-voice:call:${CALL}`,
      providerCallId: CALL,
      from: { kind: 'phone', value: '+14155550123' },
      fromRaw: '+14155550123',
      to: '+15017122661',
      direction: 'inbound',
      queueName: 'support',
      callerName: 'JANE DOE',
    });
  });

  it('queues under the channel id with a default greeting when nothing is configured', async () => {
    const bare = { ...voiceConnection, settings: {} };
    const result = await handler.handle(twilioRequest(VOICE_URL, fixture('incoming-call')), bare, now);
    expect(result.response.body).toContain('<Enqueue>demo-voice</Enqueue>');
    expect(result.response.body).toContain('<Say language="en-US">Thank you for calling.');
  });

  it('keeps a withheld caller id raw, with no identity', async () => {
    const params = { ...fixture('incoming-call'), From: '+266696687', Caller: '+266696687' };
    const result = await handler.handle(twilioRequest(VOICE_URL, params), voiceConnection, now);
    expect(only(result.events).payload).toMatchObject({ from: null, fromRaw: '+266696687' });
  });
});

describe('Twilio voice: status callbacks', () => {
  it('turns ringing → in-progress → completed into ringing, answered and ended with the duration', async () => {
    const events = [];
    for (const name of ['call-status-ringing', 'call-status-in-progress', 'call-status-completed']) {
      const result = await handle(name);
      expect(result.response.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
      events.push(only(result.events));
    }
    expect(events.map((event) => event.type)).toEqual(['call.ringing.v1', 'call.answered.v1', 'call.ended.v1']);
    expect(events.map((event) => event.source.providerEventId)).toEqual([
      `${CALL}:ringing`,
      `${CALL}:in-progress`,
      `${CALL}:completed`,
    ]);
    expect(new Set(events.map((event) => event.threadKey))).toEqual(new Set([`demo-voice:call:${CALL}`]));
    expect(events.map((event) => event.occurredAt)).toEqual([
      '2026-11-23T09:00:00.000Z',
      '2026-11-23T09:00:07.000Z',
      '2026-11-23T09:04:09.000Z',
    ]);
    expect(events[2]?.payload).toMatchObject({ outcome: 'completed', durationSeconds: 242, from: { kind: 'phone', value: '+14155550123' } });
  });

  it('ends an unanswered call with its outcome and zero duration', async () => {
    const event = only((await handle('call-status-no-answer')).events);
    expect(event.type).toBe('call.ended.v1');
    expect(event.payload).toMatchObject({ outcome: 'no-answer', durationSeconds: 0 });
  });

  it.each(['busy', 'failed', 'canceled'])('ends a %s call', async (status) => {
    const params = { ...fixture('call-status-no-answer'), CallStatus: status };
    const result = await handler.handle(twilioRequest(VOICE_URL, params), voiceConnection, now);
    expect(only(result.events).payload).toMatchObject({ outcome: status });
  });

  it('ignores statuses it does not track, without failing the callback', async () => {
    const params = { ...fixture('call-status-ringing'), CallStatus: 'initiated' };
    const result = await handler.handle(twilioRequest(VOICE_URL, params), voiceConnection, now);
    expect(result.events).toEqual([]);
    expect(result.ignored).toEqual([{ reason: 'call status initiated is not tracked', providerEventId: `${CALL}:initiated` }]);
  });
});

describe('Twilio voice: recordings and transcriptions', () => {
  it('records a completed recording, keyed by the call', async () => {
    const event = only((await handle('recording-completed')).events);
    expect(event.type).toBe('call.recording-completed.v1');
    expect(event.source.providerEventId).toBe('RE4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e');
    expect(event.threadKey).toBe(`demo-voice:call:${CALL}`);
    expect(event.payload).toMatchObject({ providerRecordingId: 'RE4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e', durationSeconds: 231, channels: 1 });
    expect(event.occurredAt).toBe('2026-11-23T09:00:12.000Z');
  });

  it('ignores a recording that is not complete', async () => {
    const params = { ...fixture('recording-completed'), RecordingStatus: 'absent' };
    const result = await handler.handle(twilioRequest(VOICE_URL, params), voiceConnection, now);
    expect(result.events).toEqual([]);
  });

  it('records a completed transcription with its text', async () => {
    const event = only((await handle('transcription-completed')).events);
    expect(event.type).toBe('call.transcription-completed.v1');
    expect(event.source.providerEventId).toBe('TR1a3c5e7f9b1d3f5a7c9e1b3d5f7a9c1e');
    expect(event.payload).toMatchObject({
      providerCallId: CALL,
      providerRecordingId: 'RE4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e',
      text: 'Hi, I am calling about my order 4521, it has not arrived yet.',
    });
  });
});

describe('Twilio voice: refused requests', () => {
  const params = fixture('incoming-call');

  it('refuses a forged signature', async () => {
    const forged = twilioRequest(VOICE_URL, params, { headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' } });
    await expect(handler.handle(forged, voiceConnection, now)).rejects.toThrow(InvalidSignature);
    expect(() => handler.verify(forged, voiceConnection, now)).toThrow(InvalidSignature);
  });

  it('refuses a body altered after signing', async () => {
    const signed = twilioRequest(VOICE_URL, params);
    const altered = { ...signed, rawBody: Buffer.from(new URLSearchParams({ ...params, From: '+14155550199' }).toString()) };
    await expect(handler.handle(altered, voiceConnection, now)).rejects.toThrow(InvalidSignature);
  });

  it('refuses a request signed for another URL', async () => {
    const signed = twilioRequest(VOICE_URL, params);
    await expect(handler.handle({ ...signed, url: `${VOICE_URL}?x=1` }, voiceConnection, now)).rejects.toThrow(InvalidSignature);
  });

  it('refuses a missing signature header', async () => {
    const unsigned = twilioRequest(VOICE_URL, params, { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await expect(handler.handle(unsigned, voiceConnection, now)).rejects.toThrow('missing X-Twilio-Signature header');
  });

  it('refuses JSON with 415', async () => {
    const json = twilioRequest(VOICE_URL, params, { headers: { 'content-type': 'application/json' } });
    await expect(handler.handle(json, voiceConnection, now)).rejects.toThrow(UnsupportedMediaType);
  });

  it('refuses an oversized body with 413 before looking at it', async () => {
    const huge = twilioRequest(VOICE_URL, params, { rawBody: Buffer.alloc(handler.maxBodyBytes + 1, 0x61) });
    await expect(handler.handle(huge, voiceConnection, now)).rejects.toThrow(PayloadTooLarge);
  });

  it('refuses a malformed form body', async () => {
    const broken = twilioRequest(VOICE_URL, params, { rawBody: Buffer.from('CallSid=%E0%A4%A') });
    await expect(handler.handle(broken, voiceConnection, now)).rejects.toThrow(MalformedPayload);
  });

  it('refuses a signed request without a CallSid', async () => {
    const withoutCallSid = Object.fromEntries(Object.entries(params).filter(([key]) => key !== 'CallSid'));
    await expect(handler.handle(twilioRequest(VOICE_URL, withoutCallSid), voiceConnection, now)).rejects.toThrow('missing form field CallSid');
  });

  it('refuses a connection of another kind', async () => {
    await expect(handler.handle(twilioRequest(VOICE_URL, params), smsConnection, now)).rejects.toThrow(ForbiddenChannel);
  });
});
