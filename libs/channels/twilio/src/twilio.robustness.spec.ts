import fc from 'fast-check';
import { ChannelRequestRejected, type ChannelHandler } from '@switchboard/channels-core';
import { createTwilioMessagingHandler } from './messaging/twilio-messaging.handler';
import { SMS_URL, VOICE_URL, fixture, smsConnection, twilioRequest, voiceConnection, type Params } from './testing/signed-twilio-request';
import { createTwilioVoiceHandler } from './voice/twilio-voice.handler';

const now = new Date('2026-11-23T09:05:00Z');
const voiceFixtures = ['incoming-call', 'call-status-ringing', 'call-status-completed', 'recording-completed', 'transcription-completed'];
const smsFixtures = ['inbound-mms', 'inbound-whatsapp', 'message-status-delivered', 'message-status-undelivered'];

/** A real callback with some parameters dropped and others given arbitrary values. */
const variantsOf = (params: Params) =>
  fc.record(Object.fromEntries(Object.keys(params).map((key) => [key, fc.option(fc.oneof(fc.constant(params[key] ?? ''), fc.string()), { nil: undefined })]))).map(
    (record) => Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined)),
  );

const cases: [string, ChannelHandler, string, typeof voiceConnection, string[]][] = [
  ['voice', createTwilioVoiceHandler(), VOICE_URL, voiceConnection, voiceFixtures],
  ['messaging', createTwilioMessagingHandler(), SMS_URL, smsConnection, smsFixtures],
];

describe.each(cases)('Twilio %s handler robustness', (_name, handler, url, connection, names) => {
  it('answers any correctly signed form with events or a typed refusal, never a crash', async () => {
    const forms = fc.oneof(...names.map((name) => variantsOf(fixture(name))), fc.dictionary(fc.string(), fc.string()));
    await fc.assert(
      fc.asyncProperty(forms, async (params) => {
        try {
          const result = await handler.handle(twilioRequest(url, params), connection, now);
          expect(result.response.status).toBe(200);
        } catch (error) {
          if (!(error instanceof ChannelRequestRejected)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
