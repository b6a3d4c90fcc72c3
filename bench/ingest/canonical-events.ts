import { createGenericHandler } from '@switchboard/channels-generic';
import { createEnvelope, systemEnvelopeContext } from '@switchboard/contracts';
import { BENCH_CHANNEL, BENCH_SECRET, signedWebhook } from './generic-webhooks';

export interface EncodedEvent {
  readonly key: string;
  readonly value: string;
}

/**
 * The Kafka messages the gateway publishes for the benchmark's webhooks, built by the same
 * provider library and envelope factory: the ceiling sends exactly these bytes and keys.
 */
export async function canonicalEvents(runId: string, count: number): Promise<EncodedEvent[]> {
  const handler = createGenericHandler();
  const connection = { id: BENCH_CHANNEL, tenantId: 'demo', kind: 'generic' as const, secrets: { signingSecret: BENCH_SECRET }, settings: {} };
  const events: EncodedEvent[] = [];
  for (let n = 0; n < count; n++) {
    const webhook = signedWebhook(`${runId}-ceiling`, n);
    const request = {
      method: 'POST',
      url: `https://bench.invalid/webhooks/${BENCH_CHANNEL}`,
      headers: { 'content-type': 'application/json', 'x-switchboard-signature': webhook.signature },
      query: {},
      rawBody: webhook.body,
    };
    const result = await handler.handle(request, connection, new Date());
    for (const { threadKey, ...input } of result.events) {
      events.push({ key: threadKey, value: JSON.stringify(createEnvelope<string, unknown>(input, systemEnvelopeContext)) });
    }
  }
  return events;
}
