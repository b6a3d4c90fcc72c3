import fc from 'fast-check';
import { ChannelRequestRejected } from '@switchboard/channels-core';
import { createEmailHandler } from './email.handler';
import { emailConnection, emailRequest, eml } from './testing/email-request';

const handler = createEmailHandler();
const now = new Date('2026-11-23T09:30:00Z');
const fixtures = ['multipart-with-attachment', 'html-only', 'auto-reply', 'dsn-bounce'].map((name) => eml(name).toString('utf8'));

/** A real message cut short, with a slice replaced by arbitrary text, or pure noise. */
const messages = fc.oneof(
  fc.tuple(fc.constantFrom(...fixtures), fc.nat(), fc.nat(), fc.string()).map(([text, a, b, insert]) => {
    const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
    return text.slice(0, from) + insert + text.slice(to);
  }),
  fc.string(),
);

describe('email handler robustness', () => {
  it('answers any authenticated body with one event or a typed refusal, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(messages, async (message) => {
        try {
          expect((await handler.handle(emailRequest(Buffer.from(message)), emailConnection, now)).events).toHaveLength(1);
        } catch (error) {
          if (!(error instanceof ChannelRequestRejected)) throw error;
        }
      }),
      { numRuns: 200 },
    );
  });
});
