import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { TenantsService } from '@switchboard/identity-access';
import type { SqlDatabase } from '@switchboard/infra-sql';
import { createTestPgliteDatabase, createTestPostgresDatabase } from '@switchboard/infra-sql/testing';
import { describeWithServices, uniqueSuffix, waitFor } from '@switchboard/testing';
import { callEvents, emailFrom, uniqueEmail, uniquePhone, whatsappEvents } from './testing/channel-scenario';
import { startTimelineTestApp, type TimelineTestApp } from './testing/timeline-test-app';

interface Entry {
  id: string;
  kind: string;
  channel: string;
  direction: string;
  conversationId: string;
  text: string | null;
  subject: string | null;
  author: { kind: string; id: string | null };
  call: { status: string; outcome: string | null; durationSeconds: number | null } | null;
}

function testTimelineApi(name: string, makeDatabase: () => Promise<SqlDatabase>): void {
  describe(`the timeline API on ${name}`, () => {
    let t: TimelineTestApp;
    let agent: string;
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

    beforeAll(async () => {
      t = await startTimelineTestApp(makeDatabase);
      agent = await t.login('agent1@demo.test');
    });
    afterAll(async () => t?.close());

    /** The customer an identity resolved to, once the projection shows them. */
    async function customerFound(q: string): Promise<string> {
      const found = await waitFor(
        async () => {
          const response = await t.http().get('/api/customers').query({ q }).set(bearer(agent)).expect(200);
          return (response.body as { id: string }[])[0];
        },
        { what: `a customer matching ${q}` },
      );
      return found.id;
    }

    async function timelineOf(customerId: string, count: number, query: Record<string, string | number> = {}): Promise<Entry[]> {
      return waitFor(
        async () => {
          const response = await t.http().get(`/api/customers/${customerId}/timeline`).query(query).set(bearer(agent)).expect(200);
          const entries = response.body.entries as Entry[];
          return entries.length === count ? entries : null;
        },
        { what: `${count} timeline entries` },
      );
    }

    it('shows a call, then a WhatsApp message from the same number, then an email linked to them, in one timeline', async () => {
      const phone = uniquePhone();
      const address = uniqueEmail();
      await t.publish(await callEvents(phone));
      await t.publish(await whatsappEvents(phone));
      const customerId = await customerFound(phone);
      await timelineOf(customerId, 2);

      const linked = await t.http()
        .patch(`/api/customers/${customerId}`)
        .set(bearer(agent))
        .send({ displayName: 'José García', linkIdentities: [{ kind: 'email', value: address.toUpperCase() }] })
        .expect(200);
      expect(linked.body).toMatchObject({
        id: customerId,
        status: 'active',
        displayName: 'José García',
        identities: expect.arrayContaining([
          { kind: 'phone', value: phone },
          { kind: 'whatsapp', value: phone },
          { kind: 'email', value: address },
        ]),
      });

      await t.publish(await emailFrom(address));
      const entries = await timelineOf(customerId, 3);
      expect(entries.map((entry) => [entry.kind, entry.channel, entry.direction])).toEqual([
        ['email', 'email', 'inbound'],
        ['message', 'whatsapp', 'inbound'],
        ['call', 'voice', 'inbound'],
      ]);
      const [email, whatsapp, call] = entries;
      expect(email).toMatchObject({ subject: 'Réclamation commande n°4521 — colis endommagé', author: { kind: 'customer', id: null } });
      expect(email?.text).toContain('Le colis est arrivé endommagé');
      expect(whatsapp).toMatchObject({ text: 'Is the store open on Sunday? 🙂', author: { kind: 'customer' } });
      expect(call).toMatchObject({ text: null, call: { status: 'ended', outcome: 'completed', durationSeconds: 242 } });
      expect(new Set(entries.map((entry) => entry.conversationId)).size).toBe(3);
    });

    it('shows a conversation with its messages and routing history, and takes notes and tags', async () => {
      const phone = uniquePhone();
      await t.publish(await callEvents(phone));
      const customerId = await customerFound(phone);
      const [call] = await timelineOf(customerId, 1);
      const conversationId = call?.conversationId ?? '';

      const detail = await waitFor(async () => {
        const response = await t.http().get(`/api/conversations/${conversationId}`).set(bearer(agent)).expect(200);
        return response.body.status === 'closed' ? response : null;
      });
      expect(detail.body).toMatchObject({ id: conversationId, customerId, channel: 'voice', threadKind: 'call', status: 'closed', queue: 'support' });
      expect(detail.body.messages).toHaveLength(1);
      expect((detail.body.routingHistory as { type: string; detail: string | null }[]).map((step) => [step.type, step.detail])).toEqual([
        ['queued', null],
        ['closed', 'call-ended'],
      ]);

      const changed = await t.http()
        .patch(`/api/conversations/${conversationId}`)
        .set(bearer(agent))
        .send({ note: 'Called back: the parcel is on its way', addTags: ['delivery', 'vip'] })
        .expect(200);
      expect(changed.body).toEqual({ id: conversationId, status: 'closed', tags: ['delivery', 'vip'], notes: 1 });
      const withNote = await timelineOf(customerId, 2);
      expect(withNote[0]).toMatchObject({ kind: 'note', direction: 'internal', text: 'Called back: the parcel is on its way', author: { kind: 'agent' } });
      const tagged = await waitFor(async () => {
        const response = await t.http().get(`/api/conversations/${conversationId}`).set(bearer(agent)).expect(200);
        return response.body.tags.length > 0 ? response.body : null;
      });
      expect(tagged.tags).toEqual(['delivery', 'vip']);
      expect((tagged.routingHistory as { type: string }[]).map((step) => step.type)).toEqual(['queued', 'closed', 'tagged']);

      await t.http().patch(`/api/conversations/${conversationId}`).set(bearer(agent)).send({ addTags: [''] }).expect(400);
      await t.http().get('/api/conversations/no-such-conversation').set(bearer(agent)).expect(404);
    });

    it('pages the timeline newest first with an opaque cursor, and filters by channel', async () => {
      const phone = uniquePhone();
      await t.publish(await callEvents(phone));
      for (let minute = 10; minute < 17; minute++) {
        await t.publish(await whatsappEvents(phone, `message ${minute}`, new Date(`2026-11-23T09:${minute}:00Z`)));
      }
      const customerId = await customerFound(phone);
      const all = await timelineOf(customerId, 8, { limit: 100 });
      const pages: Entry[] = [];
      let cursor: string | null = null;
      do {
        const query: Record<string, string | number> = cursor ? { limit: 3, cursor } : { limit: 3 };
        const response = await t.http().get(`/api/customers/${customerId}/timeline`).query(query).set(bearer(agent)).expect(200);
        pages.push(...(response.body.entries as Entry[]));
        cursor = response.body.nextCursor as string | null;
      } while (cursor !== null);
      expect(pages.map((entry) => entry.id)).toEqual(all.map((entry) => entry.id));
      expect(all[0]?.text).toBe('message 16');
      expect(all.map((entry) => entry.kind)).toEqual([...Array(7).fill('message'), 'call']);

      const voiceOnly = await t.http().get(`/api/customers/${customerId}/timeline`).query({ channel: 'voice' }).set(bearer(agent)).expect(200);
      expect((voiceOnly.body.entries as Entry[]).map((entry) => entry.kind)).toEqual(['call']);
      const bad = await t.http().get(`/api/customers/${customerId}/timeline`).query({ cursor: 'not-a-cursor' }).set(bearer(agent)).expect(400);
      expect(bad.body.code).toBe('INVALID_CURSOR');
    });

    it('finds customers by exact phone or email, and by part of their name', async () => {
      const phone = uniquePhone();
      await t.publish(await whatsappEvents(phone));
      const customerId = await customerFound(phone);
      const surname = `Doe${uniqueSuffix()}`;
      await t.http().patch(`/api/customers/${customerId}`).set(bearer(agent)).send({ displayName: `Jane ${surname}` }).expect(200);
      const byName = await waitFor(async () => {
        const response = await t.http().get('/api/customers').query({ q: surname.toLowerCase() }).set(bearer(agent)).expect(200);
        return (response.body as { id: string }[]).length === 1 ? response.body : null;
      });
      expect(byName).toEqual([expect.objectContaining({ id: customerId, displayName: `Jane ${surname}`, identities: [{ kind: 'whatsapp', value: phone }] })]);
      // A national-format or spaced number is normalised and matched by its keyed hash.
      const spaced = `${phone.slice(0, 2)} ${phone.slice(2, 5)} ${phone.slice(5, 8)} ${phone.slice(8)}`;
      const byPhone = await t.http().get('/api/customers').query({ q: spaced }).set(bearer(agent)).expect(200);
      expect((byPhone.body as { id: string }[]).map((found) => found.id)).toEqual([customerId]);
    });

    it("keeps tenant B away from tenant A's customers and conversations (404)", async () => {
      const phone = uniquePhone();
      await t.publish(await callEvents(phone));
      const customerId = await customerFound(phone);
      const [call] = await timelineOf(customerId, 1);
      const conversationId = call?.conversationId ?? '';
      const tenantB = `acme-${uniqueSuffix()}`;
      await t.app.get(TenantsService).createTenant({ id: tenantB, name: 'Acme', admin: { email: `boss@${tenantB}.test`, password: 'acme-password' } });
      const adminB = await t.login(`boss@${tenantB}.test`, 'acme-password');

      for (const path of [`/api/customers/${customerId}`, `/api/customers/${customerId}/timeline`, `/api/conversations/${conversationId}`]) {
        const response = await t.http().get(path).set(bearer(adminB)).expect(404);
        expect(response.body.code).toMatch(/NOT_FOUND/);
      }
      await t.http().patch(`/api/customers/${customerId}`).set(bearer(adminB)).send({ displayName: 'Taken over' }).expect(404);
      await t.http().patch(`/api/conversations/${conversationId}`).set(bearer(adminB)).send({ note: 'mine now' }).expect(404);
      await t.http().put(`/api/customers/${customerId}/consent`).set(bearer(adminB)).send({ marketing: 'given' }).expect(404);
      await t.http().delete(`/api/customers/${customerId}`).set(bearer(adminB)).expect(404);
      const search = await t.http().get('/api/customers').query({ q: phone }).set(bearer(adminB)).expect(200);
      expect(search.body).toEqual([]);
      const untouched = await t.http().get(`/api/customers/${customerId}`).set(bearer(agent)).expect(200);
      expect(untouched.body).toMatchObject({ status: 'active', displayName: 'JANE DOE' });
    });

    it('asks for a token, and for the right role', async () => {
      await t.http().get('/api/customers').expect(401);
      const phone = uniquePhone();
      await t.publish(await whatsappEvents(phone));
      const customerId = await customerFound(phone);
      await t.http().post(`/api/customers/${customerId}/merge`).set(bearer(agent)).send({ sourceCustomerId: customerId }).expect(403);
      await t.http().delete(`/api/customers/${customerId}`).set(bearer(agent)).expect(403);
      const supervisor = await t.login('supervisor@demo.test');
      await t.http().delete(`/api/customers/${customerId}`).set(bearer(supervisor)).expect(403);
      const self = await t.http().post(`/api/customers/${customerId}/merge`).set(bearer(supervisor)).send({ sourceCustomerId: customerId }).expect(400);
      expect(self.body.code).toBe('CANNOT_MERGE_INTO_ITSELF');
      await t.http().patch(`/api/customers/${customerId}`).set(bearer(agent)).send({ tenantId: 'other' }).expect(400);
    });

    it('reports its projection lag in /metrics and /health/ready', async () => {
      await t.timeline.runner.caughtUp();
      const metrics = await t.http().get('/metrics').expect(200);
      expect(metrics.text).toMatch(/^switchboard_timeline_projection_lag_events \d+$/m);
      expect(metrics.text).toMatch(/switchboard_timeline_intake_total\{outcome="recorded"\} \d+/);
      const ready = await t.http().get('/health/ready').expect(200);
      expect(ready.body.info.timelineProjection).toMatchObject({ status: 'up', maxLagEvents: 10000 });
    });
  });
}

testTimelineApi('PGlite (in memory)', createTestPgliteDatabase);

describeWithServices(['postgres'], 'PostgreSQL', () => {
  testTimelineApi('PostgreSQL', () => createTestPostgresDatabase());
});

describe('the timeline API in the OpenAPI document', () => {
  it('documents exactly the issue’s endpoints, with bearer auth', async () => {
    const t = await startTimelineTestApp(createTestPgliteDatabase, { consumeChannelEvents: false, runProjection: false });
    try {
      const document = SwaggerModule.createDocument(t.app, new DocumentBuilder().addBearerAuth().build());
      const timelinePaths = Object.entries(document.paths)
        .filter(([path]) => path.startsWith('/api/customers') || path.startsWith('/api/conversations'))
        .map(([path, item]) => `${Object.keys(item).filter((key) => key !== 'parameters').sort().join(',')} ${path}`);
      expect(timelinePaths.sort()).toEqual([
        'delete,get,patch /api/customers/{id}',
        'get /api/conversations/{id}'.replace('get', 'get,patch'),
        'get /api/customers',
        'get /api/customers/{id}/timeline',
        'post /api/customers/{id}/merge',
        'put /api/customers/{id}/consent',
      ].sort());
      expect(document.paths['/api/customers']?.get?.security).toEqual([{ bearer: [] }]);
      expect(document.components?.schemas?.['TimelinePageDto']).toBeDefined();
    } finally {
      await t.close();
    }
  });
});
