import {
  InvalidSignature,
  MalformedPayload,
  PayloadTooLarge,
  StaleRequest,
  UnsupportedMediaType,
} from '@switchboard/channels-core';
import { createGenericHandler } from './generic.handler';
import { fixtureBytes, genericConnection, genericRequest, signatureHeader } from './testing/signed-generic-request';

const handler = createGenericHandler();
const now = new Date('2026-11-23T09:05:00Z');
const handle = (raw: Buffer, signedAt = now) => handler.handle(genericRequest(raw, signedAt), genericConnection, now);
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('generic signed JSON', () => {
  it('turns a message into message.received with a normalised identity', async () => {
    const result = await handle(fixtureBytes('message'));
    expect(result.response).toEqual({ status: 200, contentType: 'application/json; charset=utf-8', body: '{"received":"evt_01JD8Y6Q3ZK2V7R9W4M5N6P7Q8"}' });
    expect(result.events).toEqual([
      {
        type: 'message.received.v1',
        tenantId: 'demo',
        source: { channel: 'viber', provider: 'generic', providerEventId: 'evt_01JD8Y6Q3ZK2V7R9W4M5N6P7Q8', channelId: 'demo-generic' },
        occurredAt: '2026-11-23T08:04:30.000Z',
        threadKey: 'demo-generic:phone:+442079460958',
        payload: {
          threadKey: 'demo-generic:phone:+442079460958',
          providerMessageId: 'evt_01JD8Y6Q3ZK2V7R9W4M5N6P7Q8',
          from: { kind: 'phone', value: '+442079460958' },
          fromName: 'Oliver Smith',
          channelAddress: 'acme-viber-bot',
          text: 'Can I change my delivery slot?',
          media: [
            { kind: 'image', url: 'https://files.example.net/u/8812/slot.png', providerMediaId: null, contentType: 'image/png', filename: 'slot.png', size: 48213 },
          ],
          replyToProviderMessageId: 'evt_01JD8Y5A0000000000000000',
        },
      },
    ]);
  });

  it('turns a status into message.status-updated for the recipient', async () => {
    const [event] = (await handle(fixtureBytes('status'))).events;
    expect(event).toMatchObject({
      type: 'message.status-updated.v1',
      source: { providerEventId: 'evt_01JD8Y7B4ZK2V7R9W4M5N6P7Q9' },
      threadKey: 'demo-generic:phone:+442079460958',
      payload: { providerMessageId: 'out_5512', status: 'failed', errorCode: 'USER_BLOCKED', recipient: { kind: 'phone', value: '+442079460958' } },
    });
  });

  it('accepts a signature up to 300 s old or ahead', async () => {
    await expect(handle(fixtureBytes('message'), new Date(now.getTime() - 300_000))).resolves.toBeDefined();
    await expect(handle(fixtureBytes('message'), new Date(now.getTime() + 300_000))).resolves.toBeDefined();
  });

  it('accepts any of several v1 signatures (secret rotation)', async () => {
    const raw = fixtureBytes('message');
    const t = Math.floor(now.getTime() / 1000);
    const old = signatureHeader(raw, t, 'previous-secret').split(',')[1];
    const header = `t=${t},${old},${signatureHeader(raw, t).split(',')[1]}`;
    const request = genericRequest(raw, now, { headers: { 'content-type': 'application/json', 'x-switchboard-signature': header } });
    await expect(handler.handle(request, genericConnection, now)).resolves.toBeDefined();
  });
});

describe('generic refusals', () => {
  const raw = fixtureBytes('message');

  it('refuses a signature older than 300 s as stale (403), once it is known to be genuine', async () => {
    await expect(handle(raw, new Date(now.getTime() - 301_000))).rejects.toThrow(StaleRequest);
    await expect(handle(raw, new Date(now.getTime() + 301_000))).rejects.toThrow(StaleRequest);
  });

  it('refuses a forged signature (401) before looking at its age', async () => {
    const t = Math.floor(now.getTime() / 1000) - 10_000;
    const forged = genericRequest(raw, now, { headers: { 'content-type': 'application/json', 'x-switchboard-signature': signatureHeader(raw, t, 'wrong') } });
    await expect(handler.handle(forged, genericConnection, now)).rejects.toThrow(InvalidSignature);
  });

  it('refuses a signature over another timestamp or body', async () => {
    const signed = genericRequest(raw, now);
    const header = String(signed.headers['x-switchboard-signature']).replace(/^t=(\d+)/, (_match, t: string) => `t=${Number(t) + 1}`);
    await expect(handler.handle({ ...signed, headers: { ...signed.headers, 'x-switchboard-signature': header } }, genericConnection, now)).rejects.toThrow(
      InvalidSignature,
    );
    await expect(handler.handle({ ...signed, rawBody: Buffer.from(`${raw.toString()} `) }, genericConnection, now)).rejects.toThrow(InvalidSignature);
  });

  it.each(['', 'v1=abc', 't=abc,v1=abc', 't=1'])('refuses the malformed header %p', async (header) => {
    const request = genericRequest(raw, now, { headers: { 'content-type': 'application/json', 'x-switchboard-signature': header } });
    await expect(handler.handle(request, genericConnection, now)).rejects.toThrow(InvalidSignature);
  });

  it('refuses malformed JSON', async () => {
    await expect(handle(Buffer.from('{"id":"x",'))).rejects.toThrow(MalformedPayload);
  });

  it('names every schema violation', async () => {
    const error = await handle(json({ id: '', type: 'message', from: { kind: 'fax', value: '1' }, media: [{ url: 'ftp://x' }] })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MalformedPayload);
    const reason = (error as MalformedPayload).reason;
    expect(reason).toContain('id: id must be longer than or equal to 1 characters');
    expect(reason).toContain('from.kind: kind must be one of the following values');
    expect(reason).toContain('media.0.url: url must be a URL address');
  });

  it('refuses a message with nothing in it, a status without its fields, and an unusable identity', async () => {
    await expect(handle(json({ id: 'e1', type: 'message', from: { kind: 'telegram', value: '42' } }))).rejects.toThrow('a message needs text, media or a reaction');
    await expect(handle(json({ id: 'e2', type: 'status', to: { kind: 'telegram', value: '42' } }))).rejects.toThrow(/messageId: .*status: /);
    await expect(handle(json({ id: 'e3', type: 'message', from: { kind: 'phone', value: 'not a number' }, text: 'hi' }))).rejects.toThrow(
      'from.value is not a valid phone',
    );
  });

  it('refuses a wrong content type and an oversized body', async () => {
    const form = genericRequest(raw, now);
    await expect(handler.handle({ ...form, headers: { ...form.headers, 'content-type': 'text/plain' } }, genericConnection, now)).rejects.toThrow(UnsupportedMediaType);
    await expect(handle(Buffer.alloc(handler.maxBodyBytes + 1, 0x20))).rejects.toThrow(PayloadTooLarge);
  });
});
