import type { HttpRequestSpec } from '@switchboard/channels-core';
import { deliverHttpRequests } from './http-delivery';
import type { SendClock } from './retry-settings';

const spec = (url: string): HttpRequestSpec => ({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body: '{}' });
const retry = { maxAttempts: 4, policy: { baseDelayMs: 500, maxDelayMs: 4000, maxRetryAfterMs: 10_000 }, requestTimeoutMs: 1000 };

/** A provider answering from a script, one answer per call, recording the calls. */
function provider(...answers: (Response | Error)[]) {
  const calls: string[] = [];
  const fetch = (async (url: string) => {
    calls.push(url);
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers');
    if (answer instanceof Error) throw answer;
    return answer;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

function clock(): SendClock & { slept: number[] } {
  const slept: number[] = [];
  return { slept, now: () => new Date('2026-11-23T09:00:00Z'), sleep: async (ms) => void slept.push(ms), random: () => 0.5 };
}

const json = (status: number, body: object, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers });

describe('deliverHttpRequests', () => {
  it("waits out a 429's Retry-After, then succeeds", async () => {
    const { fetch, calls } = provider(json(429, { code: 20429 }, { 'retry-after': '1' }), json(201, { sid: 'SM1' }));
    const time = clock();
    const result = await deliverHttpRequests('twilio-messaging', [spec('https://api.twilio.com/x')], { fetch, clock: time, retry });
    expect(result).toEqual({ ok: true, providerMessageIds: ['SM1'], attempts: 2 });
    expect(time.slept).toEqual([1000]);
    expect(calls).toHaveLength(2);
  });

  it('backs off exponentially (with jitter) on 5xx without Retry-After, and gives up retriably', async () => {
    const { fetch } = provider(json(503, {}), json(502, {}), json(500, {}), json(503, {}));
    const time = clock();
    const result = await deliverHttpRequests('meta', [spec('https://graph.facebook.com/x')], { fetch, clock: time, retry });
    expect(result).toMatchObject({ ok: false, code: 'PROVIDER_UNAVAILABLE', retriable: true, attempts: 4, providerStatus: 503 });
    expect(time.slept).toEqual([250, 500, 1000]);
  });

  it("reads Telegram's retry_after from the body", async () => {
    const { fetch } = provider(json(429, { ok: false, parameters: { retry_after: 2 } }), json(200, { ok: true, result: { message_id: 5, chat: { id: 9 } } }));
    const time = clock();
    expect(await deliverHttpRequests('telegram', [spec('https://api.telegram.org/botX/sendMessage')], { fetch, clock: time, retry })).toMatchObject({
      ok: true,
      providerMessageIds: ['9:5'],
    });
    expect(time.slept).toEqual([2000]);
  });

  it('does not wait out a Retry-After longer than the budget: a retriable failure instead', async () => {
    const { fetch, calls } = provider(json(429, {}, { 'retry-after': '3600' }));
    const time = clock();
    expect(await deliverHttpRequests('meta', [spec('https://graph.facebook.com/x')], { fetch, clock: time, retry })).toMatchObject({
      ok: false,
      code: 'PROVIDER_RATE_LIMITED',
      retriable: true,
    });
    expect(time.slept).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('stops at a refusal, reporting the parts already sent', async () => {
    const { fetch, calls } = provider(json(200, { messages: [{ id: 'wamid.text' }] }), json(400, { error: { message: 'bad media' } }));
    const result = await deliverHttpRequests('meta', [spec('https://graph.facebook.com/1'), spec('https://graph.facebook.com/2'), spec('https://graph.facebook.com/3')], {
      fetch,
      clock: clock(),
      retry,
    });
    expect(result).toMatchObject({ ok: false, code: 'PROVIDER_REJECTED', retriable: false, providerStatus: 400, providerMessageIds: ['wamid.text'], attempts: 2 });
    expect(calls).toHaveLength(2);
  });

  it('retries network errors and names no URL in the reason (Telegram URLs carry the bot token)', async () => {
    const { fetch } = provider(new TypeError('fetch failed'), new TypeError('fetch failed'), new TypeError('fetch failed'), new TypeError('fetch failed'));
    const result = await deliverHttpRequests('telegram', [spec('https://api.telegram.org/bot123:SECRET/sendMessage')], { fetch, clock: clock(), retry });
    expect(result).toMatchObject({ ok: false, code: 'PROVIDER_UNREACHABLE', retriable: true, attempts: 4 });
    expect(JSON.stringify(result)).not.toContain('SECRET');
  });
});
