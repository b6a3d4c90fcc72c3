import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { BENCH_CHANNEL, signedWebhook } from './generic-webhooks';
import type { LatencyRecorder } from './latency';

export interface LoadTarget {
  readonly baseUrl: string;
  readonly runId: string;
  /** Next webhook number (ids stay unique across phases). */
  next: number;
}

export interface LoadOutcome {
  readonly latencies: LatencyRecorder;
  readonly errors: Record<string, number>;
}

function post(agent: Agent, target: LoadTarget): Promise<number> {
  const webhook = signedWebhook(target.runId, target.next++);
  const url = new URL(`/webhooks/${BENCH_CHANNEL}`, target.baseUrl);
  return new Promise((resolve) => {
    const call = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': webhook.body.length, 'x-switchboard-signature': webhook.signature },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    call.on('error', () => resolve(-1));
    call.end(webhook.body);
  });
}

function count(errors: Record<string, number>, status: number): void {
  const key = status < 0 ? 'network' : String(status);
  errors[key] = (errors[key] ?? 0) + 1;
}

/** `concurrency` senders, each sending its next webhook as soon as the last one was answered. */
export async function closedLoop(target: LoadTarget, concurrency: number, seconds: number, outcome: LoadOutcome): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const end = performance.now() + seconds * 1000;
  const sender = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      const status = await post(agent, target);
      if (status === 200) outcome.latencies.record(performance.now() - started);
      else count(outcome.errors, status);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, sender));
  agent.destroy();
}

/**
 * Webhooks at a fixed rate whatever the answers do (an open loop, as providers send), latency
 * measured from when each was due, so a stall shows as latency instead of silently slowing the load.
 */
export async function openLoop(target: LoadTarget, rate: number, seconds: number, outcome: LoadOutcome): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const started = performance.now();
  const total = Math.round(rate * seconds);
  const inFlight = new Set<Promise<void>>();
  let issued = 0;
  while (issued < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) * rate) / 1000) + 1);
    for (; issued < due; issued++) {
      const dueAt = started + (issued * 1000) / rate;
      const sent = post(agent, target).then((status) => {
        if (status === 200) outcome.latencies.record(performance.now() - dueAt);
        else count(outcome.errors, status);
        inFlight.delete(sent);
      });
      inFlight.add(sent);
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(inFlight);
  agent.destroy();
}
