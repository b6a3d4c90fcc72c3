import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithServices, waitFor } from '@switchboard/testing';
import { emailRequest } from '../../channels/email/src/testing/email-request';
import { SMS_URL, VOICE_URL, fixture, twilioRequest } from '../../channels/twilio/src/testing/signed-twilio-request';
import { uniqueEmail, uniquePhone } from './testing/channel-scenario';
import { startPlatformWithIngestion, type PlatformWithIngestion } from './testing/platform-with-ingestion';

const EMAIL_FIXTURE = join(__dirname, '../../channels/email/src/fixtures/multipart-with-attachment.eml');

function testThroughIngestion(bus: 'inprocess' | 'kafka'): void {
  describe(`real provider webhooks through ingestion into the timeline (${bus} bus)`, () => {
    let platform: PlatformWithIngestion;
    let agent: string;
    const bearer = () => ({ Authorization: `Bearer ${agent}` });

    beforeAll(async () => {
      platform = await startPlatformWithIngestion(bus);
      agent = await platform.login('agent1@demo.test');
    });
    afterAll(async () => platform?.close());

    it('shows a call, then a WhatsApp message from the same number, then an email linked to them, in one timeline', async () => {
      const phone = uniquePhone();
      const address = uniqueEmail();
      const call = { From: phone, Caller: phone, CallSid: `CA${randomBytes(16).toString('hex')}` };
      for (const name of ['incoming-call', 'call-status-ringing', 'call-status-in-progress', 'call-status-completed']) {
        await platform.webhook(twilioRequest(VOICE_URL, { ...fixture(name), ...call })).expect(200);
      }
      const sid = `SM${randomBytes(16).toString('hex')}`;
      await platform.webhook(twilioRequest(SMS_URL, { ...fixture('inbound-whatsapp'), From: `whatsapp:${phone}`, MessageSid: sid, SmsMessageSid: sid, SmsSid: sid })).expect(200);

      const customer = await waitFor(async () => ((await platform.http().get('/api/customers').query({ q: phone }).set(bearer()).expect(200)).body as { id: string }[])[0], {
        what: 'the caller as a customer',
      });
      await platform.http().patch(`/api/customers/${customer.id}`).set(bearer()).send({ linkIdentities: [{ kind: 'email', value: address }] }).expect(200);

      const raw = readFileSync(EMAIL_FIXTURE, 'latin1')
        .replace(/^Message-ID: .*$/m, `Message-ID: <${randomBytes(6).toString('hex')}@mail.example.com>`)
        .replace(/^Date: .*$/m, `Date: ${new Date(Date.now() + 1000).toUTCString()}`)
        .replace(/^From: (.*)<[^>]+>$/m, `From: $1<${address}>`);
      await platform.webhook(emailRequest(Buffer.from(raw, 'latin1'))).expect(200);

      const entries = await waitFor(
        async () => {
          const page = await platform.http().get(`/api/customers/${customer.id}/timeline`).set(bearer()).expect(200);
          const all = page.body.entries as { kind: string; channel: string; text: string | null; call: { status: string } | null }[];
          return all.length === 3 && all.some((entry) => entry.call?.status === 'ended') ? all : null;
        },
        { what: 'the call, the WhatsApp message and the email', timeoutMs: 30_000 },
      );
      expect(entries.map((entry) => [entry.kind, entry.channel])).toEqual([
        ['email', 'email'],
        ['message', 'whatsapp'],
        ['call', 'voice'],
      ]);
      expect(entries[1]?.text).toBe('Is the store open on Sunday? 🙂');
      expect(entries[2]?.call).toMatchObject({ status: 'ended', outcome: 'completed', durationSeconds: 242 });
    });
  });
}

testThroughIngestion('inprocess');

describeWithServices(['kafka'], 'Kafka', () => {
  testThroughIngestion('kafka');
});
