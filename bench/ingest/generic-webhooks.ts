import { createHmac } from 'node:crypto';

export const BENCH_SECRET = 'bench-generic-signing-secret-0001';
export const BENCH_CHANNEL = 'demo-generic';

/** Customers spread over many thread keys, so the events spread over every partition like real traffic. */
const CUSTOMERS = 5000;

export interface SignedWebhook {
  readonly body: Buffer;
  readonly signature: string;
}

/** A generic-channel message as a network would send it: unique id, signed `t=<unix>,v1=<hmac of "t.body">`. */
export function signedWebhook(runId: string, n: number): SignedWebhook {
  const body = Buffer.from(
    JSON.stringify({
      id: `${runId}-${n}`,
      type: 'message',
      occurredAt: new Date().toISOString(),
      from: { kind: 'phone', value: `+4420794${String(60000 + (n % CUSTOMERS)).padStart(5, '0')}`, name: 'Bench Customer' },
      text: `Benchmark message ${n}: where is my parcel? It was due yesterday.`,
    }),
  );
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac('sha256', BENCH_SECRET).update(`${t}.`).update(body).digest('hex');
  return { body, signature: `t=${t},v1=${v1}` };
}
