import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generic } from '../testing/provider-fixtures';
import { PUBLIC_BASE_URL, TEST_CHANNEL_SECRETS, startIngestionTestApp } from '../testing/ingestion-test-app';
import { sendWebhook } from '../testing/webhook-call';

const NEW_SECRET = 'generic-secret-from-the-new-env';

describe('demo channels (embedded mode)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'switchboard-demo-channels-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const signed = (secret: string, id: string) => {
    const body = Buffer.from(JSON.stringify({ id, type: 'message', from: { kind: 'phone', value: '+442079460958' }, text: 'hi' }));
    const call = generic.genericRequest(body, new Date());
    return { ...call, headers: { ...call.headers, 'x-switchboard-signature': generic.signatureHeader(body, Math.floor(Date.now() / 1000), secret) } };
  };

  it('are seeded with the secrets of the environment, refreshed on restart, keeping what an admin added', async () => {
    const first = await startIngestionTestApp({ bus: 'inprocess', dataDir });
    try {
      const admin = await first.login('admin@demo.test');
      const listed = await first.http().get('/api/channels').set('Authorization', `Bearer ${admin}`).expect(200);
      expect(listed.body.map((channel: { id: string; webhookUrl: string; secretNames: string[] }) => [channel.id, channel.webhookUrl, channel.secretNames])).toEqual([
        ['demo-voice', `${PUBLIC_BASE_URL}/webhooks/demo-voice`, ['authToken']],
        ['demo-sms', `${PUBLIC_BASE_URL}/webhooks/demo-sms`, ['authToken']],
        ['demo-meta', `${PUBLIC_BASE_URL}/webhooks/demo-meta`, ['appSecret', 'verifyToken']],
        ['demo-telegram', `${PUBLIC_BASE_URL}/webhooks/demo-telegram`, ['secretToken']],
        ['demo-email', `${PUBLIC_BASE_URL}/webhooks/demo-email`, ['inboundToken']],
        ['demo-generic', `${PUBLIC_BASE_URL}/webhooks/demo-generic`, ['signingSecret']],
      ]);
      for (const secret of Object.values(TEST_CHANNEL_SECRETS)) expect(listed.text).not.toContain(secret);
      await first.http().patch('/api/channels/demo-telegram').set('Authorization', `Bearer ${admin}`).send({ secrets: { botToken: '7012345678:AAH-bot' }, settings: { botUsername: 'demo_bot' } }).expect(200);
      await sendWebhook(first, signed(TEST_CHANNEL_SECRETS.GENERIC_WEBHOOK_SECRET, 'evt-old')).expect(200);
    } finally {
      await first.close();
    }

    const second = await startIngestionTestApp({ bus: 'inprocess', dataDir, env: { GENERIC_WEBHOOK_SECRET: NEW_SECRET } });
    try {
      await sendWebhook(second, signed(NEW_SECRET, 'evt-new')).expect(200);
      await sendWebhook(second, signed(TEST_CHANNEL_SECRETS.GENERIC_WEBHOOK_SECRET, 'evt-stale-secret')).expect(401);
      const admin = await second.login('admin@demo.test');
      const telegram = await second.http().get('/api/channels/demo-telegram').set('Authorization', `Bearer ${admin}`).expect(200);
      expect(telegram.body).toMatchObject({ secretNames: ['botToken', 'secretToken'], settings: { botUsername: 'demo_bot' } });
      const listed = await second.http().get('/api/channels').set('Authorization', `Bearer ${admin}`).expect(200);
      expect(listed.body).toHaveLength(6);
    } finally {
      await second.close();
    }
  });
});
