import { conversationStream, customerStream, isSealedField, type EventEnvelope, type TimelineEvent, type SealedField } from '@switchboard/contracts';
import type { SqlDatabase } from '@switchboard/infra-sql';
import { createTestPgliteDatabase, createTestPostgresDatabase } from '@switchboard/infra-sql/testing';
import { describeWithServices, waitFor } from '@switchboard/testing';
import { keyIdsOf, openEvent, timelineEventOf } from '../personal-data/event-sealing';
import { dumpProjectionTables } from '../projection/projection-schema';
import { rebuildTimeline } from '../projection/rebuild-timeline';
import { callEvents, emailFrom, uniqueEmail, uniquePhone, whatsappEvents } from '../testing/channel-scenario';
import { startTimelineTestApp, type TimelineTestApp } from '../testing/timeline-test-app';

interface Entry {
  conversationId: string;
  kind: string;
  text: string | null;
  subject: string | null;
  unreadable: boolean;
}

function testCustomerLifecycle(name: string, makeDatabase: () => Promise<SqlDatabase>): void {
  describe(`merge, consent, as-of, erasure and rebuild on ${name}`, () => {
    let t: TimelineTestApp;
    let agent: string;
    let supervisor: string;
    let admin: string;
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

    beforeAll(async () => {
      t = await startTimelineTestApp(makeDatabase);
      [agent, supervisor, admin] = await Promise.all([t.login('agent1@demo.test'), t.login('supervisor@demo.test'), t.login('admin@demo.test')]);
    });
    afterAll(async () => t?.close());

    async function customerFound(q: string): Promise<string> {
      const found = await waitFor(async () => ((await t.http().get('/api/customers').query({ q }).set(bearer(agent)).expect(200)).body as { id: string }[])[0], {
        what: `a customer matching ${q}`,
      });
      return found.id;
    }

    async function timelineOf(customerId: string, ready: (entries: Entry[]) => boolean): Promise<Entry[]> {
      return waitFor(async () => {
        const entries = (await t.http().get(`/api/customers/${customerId}/timeline`).set(bearer(agent)).expect(200)).body.entries as Entry[];
        return ready(entries) ? entries : null;
      });
    }

    /** Every event of the customer's stream and their conversations' streams, as stored. */
    async function rawEvents(customerId: string, conversationIds: readonly string[]): Promise<EventEnvelope[]> {
      const streams = [customerStream('demo', customerId), ...conversationIds.map((id) => conversationStream('demo', id))];
      return (await Promise.all(streams.map((stream) => t.store.readStream(stream)))).flat().map((recorded) => recorded.event);
    }

    it('merges a duplicate into a customer: one timeline, the old id redirecting, the stricter consent kept', async () => {
      const phone = uniquePhone();
      const address = uniqueEmail();
      await t.publish(await emailFrom(address));
      const duplicate = await customerFound(address);
      await t.publish(await callEvents(phone));
      const customer = await customerFound(phone);
      expect(duplicate).not.toBe(customer);
      await t.http().put(`/api/customers/${duplicate}/consent`).set(bearer(agent)).send({ marketing: 'withdrawn' }).expect(200);
      await t.http().put(`/api/customers/${customer}/consent`).set(bearer(agent)).send({ marketing: 'given', contact: 'given' }).expect(200);

      const taken = await t.http().patch(`/api/customers/${customer}`).set(bearer(agent)).send({ linkIdentities: [{ kind: 'email', value: address }] }).expect(409);
      expect(taken.body.code).toBe('IDENTITY_TAKEN');
      const beforeMerge = new Date();

      const merged = await t.http().post(`/api/customers/${customer}/merge`).set(bearer(supervisor)).send({ sourceCustomerId: duplicate }).expect(200);
      expect(merged.body).toMatchObject({
        id: customer,
        displayName: 'JANE DOE',
        identities: [{ kind: 'phone', value: phone }, { kind: 'email', value: address }],
        consent: { contact: 'given', marketing: 'withdrawn' },
        mergedCustomerIds: [duplicate],
      });
      const redirected = await t.http().get(`/api/customers/${duplicate}`).set(bearer(agent)).expect(200);
      expect(redirected.body).toMatchObject({ id: customer, redirectedFrom: duplicate });
      const asItWas = await t.http().get(`/api/customers/${duplicate}`).query({ asOf: beforeMerge.toISOString() }).set(bearer(agent)).expect(200);
      expect(asItWas.body).toMatchObject({ id: duplicate, redirectedFrom: null, identities: [{ kind: 'email', value: address }], displayName: 'José García' });

      const both = await timelineOf(customer, (entries) => entries.length === 2);
      expect(both.map((entry) => entry.kind)).toEqual(['email', 'call']);
      expect((await timelineOf(duplicate, (entries) => entries.length === 2)).map((entry) => entry.kind)).toEqual(['email', 'call']);

      // The duplicate's address now resolves to the customer who stayed.
      await t.publish(await emailFrom(address, { date: 'Mon, 23 Nov 2026 09:20:00 +0000' }));
      await timelineOf(customer, (entries) => entries.length === 3);
      await t.http().post(`/api/customers/${customer}/merge`).set(bearer(supervisor)).send({ sourceCustomerId: duplicate }).expect(200);
      const search = await t.http().get('/api/customers').query({ q: address }).set(bearer(agent)).expect(200);
      expect((search.body as { id: string }[]).map((found) => found.id)).toEqual([customer]);
    });

    it('records consent per purpose, once per change', async () => {
      const phone = uniquePhone();
      await t.publish(await whatsappEvents(phone));
      const customer = await customerFound(phone);
      const given = await t.http().put(`/api/customers/${customer}/consent`).set(bearer(agent)).send({ marketing: 'given', recording: 'withdrawn' }).expect(200);
      expect(given.body.consent).toEqual({ marketing: 'given', recording: 'withdrawn' });
      await t.http().put(`/api/customers/${customer}/consent`).set(bearer(agent)).send({ marketing: 'given' }).expect(200);
      const withdrawn = await t.http().put(`/api/customers/${customer}/consent`).set(bearer(agent)).send({ marketing: 'withdrawn' }).expect(200);
      expect(withdrawn.body.consent).toEqual({ marketing: 'withdrawn', recording: 'withdrawn' });
      await t.http().put(`/api/customers/${customer}/consent`).set(bearer(agent)).send({ contact: 'maybe' }).expect(400);
      const types = (await t.store.readStream(customerStream('demo', customer))).map((recorded) => recorded.event.type);
      expect(types.filter((type) => type.startsWith('customer.consent'))).toEqual(['customer.consent-given.v1', 'customer.consent-withdrawn.v1', 'customer.consent-withdrawn.v1']);
    });

    it('shows the profile as it was at any instant, folded from the events', async () => {
      const phone = uniquePhone();
      await t.publish(await whatsappEvents(phone, 'hello', new Date(Date.now() - 3_600_000)));
      const customer = await customerFound(phone);
      await t.http().patch(`/api/customers/${customer}`).set(bearer(agent)).send({ displayName: 'First Name', attributes: { tier: 'silver' } }).expect(200);
      const between = new Date();
      await new Promise((resolve) => setTimeout(resolve, 5));
      await t.http().patch(`/api/customers/${customer}`).set(bearer(agent)).send({ displayName: 'Second Name', attributes: { tier: null }, language: 'fr' }).expect(200);

      const then = await t.http().get(`/api/customers/${customer}`).query({ asOf: between.toISOString() }).set(bearer(agent)).expect(200);
      expect(then.body).toMatchObject({ displayName: 'First Name', attributes: { tier: 'silver' }, language: null, asOf: between.toISOString() });
      const now = await t.http().get(`/api/customers/${customer}`).set(bearer(agent)).expect(200);
      expect(now.body).toMatchObject({ displayName: 'Second Name', attributes: {}, language: 'fr', asOf: null });
      const before = await t.http().get(`/api/customers/${customer}`).query({ asOf: '2020-01-01T00:00:00Z' }).set(bearer(agent)).expect(404);
      expect(before.body.code).toBe('CUSTOMER_NOT_FOUND');
      await t.http().get(`/api/customers/${customer}`).query({ asOf: 'yesterday' }).set(bearer(agent)).expect(400);
    });

    it('erases a customer by destroying their key: the raw events stay but their personal fields are unreadable', async () => {
      const phone = uniquePhone();
      const address = uniqueEmail();
      await t.publish(await callEvents(phone));
      await t.publish(await whatsappEvents(phone, 'My address is 12 Rue de la Paix'));
      const customer = await customerFound(phone);
      await t.http().patch(`/api/customers/${customer}`).set(bearer(agent)).send({ displayName: 'Jeanne Secret', linkIdentities: [{ kind: 'email', value: address }] }).expect(200);
      await t.publish(await emailFrom(address));
      const entries = await timelineOf(customer, (all) => all.length === 3);
      const conversationIds = entries.map((entry) => entry.conversationId);
      await t.http().patch(`/api/conversations/${conversationIds[1]}`).set(bearer(agent)).send({ note: 'She lives at 12 Rue de la Paix' }).expect(200);

      const personal = [phone, address, 'Jeanne Secret', 'JANE DOE', 'Jane Doe', 'Rue de la Paix', 'Réclamation', 'colis', 'facture'];
      const before = JSON.stringify(await rawEvents(customer, conversationIds));
      for (const text of personal) expect(before).not.toContain(text);

      await t.http().delete(`/api/customers/${customer}`).set(bearer(agent)).expect(403);
      await t.http().delete(`/api/customers/${customer}`).set(bearer(admin)).expect(204);
      await t.http().delete(`/api/customers/${customer}`).set(bearer(admin)).expect(204);

      // Straight from the event store: the events are all still there, sealed, and no key opens them any more.
      const raw = await rawEvents(customer, conversationIds);
      expect(raw.map((event) => event.type)).toEqual(expect.arrayContaining(['customer.created.v1', 'customer.erased.v1', 'conversation.message-received.v1', 'conversation.note-added.v1']));
      const sealed = raw.map(timelineEventOf).filter((event): event is TimelineEvent<SealedField> => event !== null);
      const keyIds = [...new Set(sealed.flatMap(keyIdsOf))];
      expect(keyIds.length).toBeGreaterThan(0);
      expect((await t.timeline.keys.keysById(keyIds)).size).toBe(0);
      const opened = JSON.stringify(sealed.map((event) => openEvent(event, new Map())));
      for (const text of personal) expect(opened).not.toContain(text);
      expect(JSON.stringify(raw)).toContain('"enc":"aes-256-gcm"');
      expect(sealed.some((event) => Object.values(event.data).some(isSealedField))).toBe(true);

      const profile = await t.http().get(`/api/customers/${customer}`).set(bearer(agent)).expect(200);
      expect(profile.body).toMatchObject({ id: customer, status: 'erased', displayName: null, identities: [], attributes: {} });
      const redacted = await timelineOf(customer, (all) => all.length === 4 && all.every((entry) => entry.unreadable));
      expect(redacted.every((entry) => entry.text === null && entry.subject === null)).toBe(true);
      const conversation = await t.http().get(`/api/conversations/${conversationIds[0]}`).set(bearer(agent)).expect(200);
      expect(conversation.body.subject).toBeNull();
      for (const q of [phone, address, 'Jeanne']) {
        const search = await t.http().get('/api/customers').query({ q }).set(bearer(agent)).expect(200);
        expect(search.body).toEqual([]);
      }
      await t.http().patch(`/api/customers/${customer}`).set(bearer(agent)).send({ displayName: 'Back again' }).expect(409);

      // Writing again from the same number is someone new: nothing links them to the erased customer.
      await t.publish(await whatsappEvents(phone, 'hello again'));
      const newcomer = await customerFound(phone);
      expect(newcomer).not.toBe(customer);
      const [hello] = await timelineOf(newcomer, (all) => all.length === 1);
      expect(hello).toMatchObject({ text: 'hello again', unreadable: false });
    });

    it('rebuilds exactly the same tables from the event store', async () => {
      // Nothing in flight any more: the store's head stays put and the projection has reached it.
      await waitFor(async () => {
        const head = await t.store.headPosition();
        await t.timeline.runner.caughtUp();
        await new Promise((resolve) => setTimeout(resolve, 200));
        return (await t.store.headPosition()) === head;
      });
      await t.timeline.runner.stop();
      const live = await dumpProjectionTables(t.sql);
      expect(live['timeline_entries']?.length).toBeGreaterThan(5);
      expect(live['timeline_customers']?.some((row) => (row as { status: string }).status === 'erased')).toBe(true);
      expect(live['timeline_customers']?.some((row) => (row as { status: string }).status === 'merged')).toBe(true);

      const progress: number[] = [];
      const rebuilt = await rebuildTimeline(t.sql, t.store, t.timeline.projector, { pageSize: 3, onProgress: (p) => progress.push(p.position) });
      expect(rebuilt.position).toBe(await t.store.headPosition());
      expect(progress.length).toBeGreaterThan(3);
      expect(await dumpProjectionTables(t.sql)).toEqual(live);

      await rebuildTimeline(t.sql, t.store, t.timeline.projector, { pageSize: 1000 });
      expect(await dumpProjectionTables(t.sql)).toEqual(live);
    });
  });
}

testCustomerLifecycle('PGlite (in memory)', createTestPgliteDatabase);

describeWithServices(['postgres'], 'PostgreSQL', () => {
  testCustomerLifecycle('PostgreSQL', () => createTestPostgresDatabase());
});
