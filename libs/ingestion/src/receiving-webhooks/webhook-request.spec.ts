import { WebhookBodyNotRaw, toWebhookRequest } from './webhook-request';

const base = 'https://switchboard.example.com';

describe('toWebhookRequest', () => {
  it('rebuilds the URL the provider called from the public base URL, query included', () => {
    const request = toWebhookRequest(
      { method: 'post', originalUrl: '/webhooks/demo-email?token=abc&x=1&x=2', headers: { 'content-type': 'message/rfc822' }, body: Buffer.from('raw') },
      base,
    );
    expect(request).toEqual({
      method: 'POST',
      url: 'https://switchboard.example.com/webhooks/demo-email?token=abc&x=1&x=2',
      headers: { 'content-type': 'message/rfc822' },
      query: { token: 'abc', x: ['1', '2'] },
      rawBody: Buffer.from('raw'),
    });
  });

  it('keeps dotted query names (Meta hub.*) and percent-encoding as the provider sent them', () => {
    const request = toWebhookRequest({ method: 'GET', originalUrl: '/webhooks/m?hub.mode=subscribe&hub.challenge=a%20b', headers: {}, body: undefined }, `${base}/prefix`);
    expect(request.url).toBe('https://switchboard.example.com/prefix/webhooks/m?hub.mode=subscribe&hub.challenge=a%20b');
    expect(request.query).toEqual({ 'hub.mode': 'subscribe', 'hub.challenge': 'a b' });
    expect(request.rawBody).toEqual(Buffer.alloc(0));
  });

  it('refuses a body something else already parsed: no signature could be checked over it', () => {
    expect(() => toWebhookRequest({ method: 'POST', originalUrl: '/webhooks/x', headers: {}, body: { parsed: true } }, base)).toThrow(WebhookBodyNotRaw);
  });
});
