import fc from 'fast-check';
import { ChannelRequestRejected } from '@switchboard/channels-core';
import { createTelegramHandler } from './telegram.handler';
import { fuzzJson, type Json } from './testing/fuzz-json';
import { fixtureBytes, telegramConnection, telegramRequest } from './testing/telegram-request';

const handler = createTelegramHandler();
const now = new Date('2026-11-23T09:05:00Z');
const fixtures = ['message-with-photo', 'message-with-voice', 'edited-message', 'message-reaction', 'channel-post', 'group-message'].map(
  (name) => JSON.parse(fixtureBytes(name).toString('utf8')) as Json,
);

describe('Telegram handler robustness', () => {
  it('answers any authenticated body with an event, an ignored update or a typed refusal, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...fixtures.map((fixture) => fuzzJson(fixture)), fc.jsonValue()), async (body) => {
        const raw = Buffer.from(body === undefined ? '' : JSON.stringify(body));
        try {
          const result = await handler.handle(telegramRequest(raw), telegramConnection, now);
          expect(result.events.length + result.ignored.length).toBe(1);
        } catch (error) {
          if (!(error instanceof ChannelRequestRejected)) throw error;
        }
      }),
      { numRuns: 400 },
    );
  });
});
