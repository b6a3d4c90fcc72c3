import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGenericHandler } from '@switchboard/channels-generic';

/** docs/channels.md's worked example must be what the generic library really accepts. */
describe('the generic signature example in docs/channels.md', () => {
  const doc = readFileSync(join(__dirname, '../../../../docs/channels.md'), 'utf8');
  const line = (label: string) => {
    const match = new RegExp(`^${label}:\\s+(.*)$`, 'm').exec(doc);
    if (!match?.[1]) throw new Error(`docs/channels.md has no "${label}:" line`);
    return match[1].trim();
  };

  it('is accepted by the generic handler with the documented secret at the documented time', async () => {
    const secret = line('secret');
    const t = Number(line('t'));
    const body = Buffer.from(line('body'));
    const header = line('header').replace(/^X-Switchboard-Signature:\s*/, '');
    const connection = { id: 'doc', tenantId: 'demo', kind: 'generic' as const, secrets: { signingSecret: secret }, settings: {} };
    const request = { method: 'POST', url: 'https://doc.example/webhooks/doc', headers: { 'content-type': 'application/json', 'x-switchboard-signature': header }, query: {}, rawBody: body };
    const result = await createGenericHandler().handle(request, connection, new Date(t * 1000));
    expect(result.events[0]?.source.providerEventId).toBe('evt_1001');
  });
});
