import fc from 'fast-check';
import { ChannelRequestRejected } from '@switchboard/channels-core';
import { createMetaHandler } from './meta.handler';
import { fuzzJson, type Json } from './testing/fuzz-json';
import { fixtureBytes, metaConnection, metaRequest } from './testing/signed-meta-request';

const handler = createMetaHandler();
const now = new Date('2026-11-23T09:05:00Z');
const fixtures = ['whatsapp-multi-entry', 'whatsapp-statuses', 'messenger-multi-entry', 'instagram-messages'].map(
  (name) => JSON.parse(fixtureBytes(name).toString('utf8')) as Json,
);

describe('Meta handler robustness', () => {
  it('answers any correctly signed body with events or a typed refusal, never a crash', async () => {
    const bodies = fc.oneof(...fixtures.map((fixture) => fuzzJson(fixture)), fc.jsonValue());
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const raw = Buffer.from(body === undefined ? '' : JSON.stringify(body));
        try {
          const result = await handler.handle(metaRequest(raw), metaConnection, now);
          for (const event of result.events) expect(event.source.providerEventId).toEqual(expect.any(String));
        } catch (error) {
          if (!(error instanceof ChannelRequestRejected)) throw error;
        }
      }),
      { numRuns: 400 },
    );
  });
});
