import fc from 'fast-check';
import { ChannelRequestRejected } from '@switchboard/channels-core';
import { createGenericHandler } from './generic.handler';
import { fuzzJson, type Json } from './testing/fuzz-json';
import { fixtureBytes, genericConnection, genericRequest } from './testing/signed-generic-request';

const handler = createGenericHandler();
const now = new Date('2026-11-23T09:05:00Z');
const fixtures = ['message', 'status'].map((name) => JSON.parse(fixtureBytes(name).toString('utf8')) as Json);

describe('generic handler robustness', () => {
  it('answers any correctly signed body with one event or a typed refusal, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...fixtures.map((fixture) => fuzzJson(fixture)), fc.jsonValue()), async (body) => {
        const raw = Buffer.from(body === undefined ? '' : JSON.stringify(body));
        try {
          expect((await handler.handle(genericRequest(raw, now), genericConnection, now)).events).toHaveLength(1);
        } catch (error) {
          if (!(error instanceof ChannelRequestRejected)) throw error;
        }
      }),
      { numRuns: 400 },
    );
  });
});
