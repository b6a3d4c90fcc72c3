import { customerStream } from '@switchboard/contracts';
import type { SqlDatabase } from '@switchboard/infra-sql';
import { createTestPgliteDatabase, createTestPostgresDatabase } from '@switchboard/infra-sql/testing';
import { describeWithServices } from '@switchboard/testing';
import { uniquePhone, whatsappEvents, callEvents } from '../testing/channel-scenario';
import { startTimelineHarness, type TimelineHarness } from '../testing/timeline-harness';

const PARALLEL = 40;

function testConcurrentResolution(name: string, makeDatabase: () => Promise<SqlDatabase>): void {
  describe(`concurrent identity resolution on ${name}`, () => {
    let harness: TimelineHarness;

    beforeAll(async () => {
      harness = await startTimelineHarness(makeDatabase);
    });
    afterAll(async () => harness?.close());

    async function createdEventsFor(customerIds: Iterable<string>): Promise<number> {
      let count = 0;
      for (const id of customerIds) {
        count += (await harness.store.readStream(customerStream('demo', id))).filter((recorded) => recorded.event.type === 'customer.created.v1').length;
      }
      return count;
    }

    it(`makes one customer of ${PARALLEL} first messages from the same new number resolved at once`, async () => {
      for (let round = 0; round < 3; round++) {
        const phone = uniquePhone();
        const context = { tenantId: 'demo', at: new Date() };
        const resolved = await Promise.all(
          Array.from({ length: PARALLEL }, () => harness.timeline.resolver.resolve(context, { kind: 'identity', identity: { kind: 'phone', value: phone }, displayName: null })),
        );
        const customers = new Set(resolved);
        expect(customers.size).toBe(1);
        expect(await createdEventsFor(customers)).toBe(1);
        const customerId = resolved[0] ?? '';
        const stream = await harness.store.readStream(customerStream('demo', customerId));
        expect(stream.map((recorded) => recorded.event.type)).toEqual(['customer.created.v1', 'customer.identity-linked.v1']);
        const rows = await harness.sql.query<{ n: number }>('select count(*)::int as n from customer_identities where tenant_id = $1 and customer_id = $2', ['demo', customerId]);
        expect(rows.rows[0]?.n).toBe(1);
      }
    });

    it('makes one customer and one conversation of a call and WhatsApp messages from a new number arriving together', async () => {
      const phone = uniquePhone();
      const messages = await Promise.all(Array.from({ length: 12 }, (_, n) => whatsappEvents(phone, `message ${n}`)));
      const call = await callEvents(phone);
      const outcomes = await Promise.all([...messages.flat(), ...call.slice(0, 1)].map((event) => harness.timeline.intake.handle(event)));
      const recorded = outcomes.flatMap((outcome) => (outcome.kind === 'recorded' ? [outcome] : []));
      expect(recorded).toHaveLength(13);
      expect(new Set(recorded.map((outcome) => outcome.customerId)).size).toBe(1);
      const whatsappConversations = new Set(recorded.slice(0, 12).map((outcome) => outcome.conversationId));
      expect(whatsappConversations.size).toBe(1);
      await harness.timeline.runner.start();
      await harness.timeline.runner.caughtUp();
      const page = await harness.timeline.pages.page('demo', recorded[0]?.customerId ?? '', { limit: 50 });
      expect(page.entries.filter((entry) => entry.kind === 'message')).toHaveLength(12);
      expect(page.entries.filter((entry) => entry.kind === 'call')).toHaveLength(1);
      await harness.timeline.runner.stop();
    });
  });
}

describeWithServices(['postgres'], 'PostgreSQL', () => {
  testConcurrentResolution('PostgreSQL (10 connections)', () => createTestPostgresDatabase({ maxConnections: 10 }));
});

testConcurrentResolution('PGlite (in memory)', createTestPgliteDatabase);
