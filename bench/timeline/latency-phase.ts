import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { FormParams } from '@switchboard/channels-core';
import { twilioSignature } from '@switchboard/channels-twilio';
import { PUBLIC_BASE_URL } from './bench-platform';
import { spawnBenchServer } from './bench-process';
import { distribution, progress, progressDone, type Distribution } from './bench-stats';
import { createBenchDatabase } from './scratch-database';
import { intakeBetween, readIntakeHistogram, stageTimings, type FollowedMessage, type IntakeTimings, type StageTimings } from './stage-timings';

export interface LatencySettings {
  readonly adminDatabaseUrl: string;
  readonly kafkaBrokers: string;
  readonly redisUrl: string;
  /** Steady rates to hold in turn (webhooks per second). */
  readonly rates: readonly number[];
  readonly seconds: number;
  readonly customers: number;
  /** Messages followed until visible, per second (polling the API is not free: it is load too). */
  readonly samplesPerSecond: number;
}

export interface LatencyResult {
  readonly steps: readonly LatencyStep[];
}

export interface LatencyStep {
  readonly rate: number;
  readonly sent: number;
  readonly seconds: number;
  readonly achievedRate: number;
  readonly failed: number;
  readonly timedOut: number;
  /** From the last webhook accepted to its message visible: the backlog left when the step ended. */
  readonly drainSeconds: number | null;
  readonly webhookAcceptMs: Distribution;
  readonly acceptedToVisibleMs: Distribution;
  /** The followed messages' time split at the append of their timeline event. */
  readonly stages: StageTimings;
  /** The timeline intake's time per channel event (its own histogram). */
  readonly intake: IntakeTimings;
}

/** Sends one signed SMS webhook; answers the HTTP status and the message's provider id. */
type SendSms = (phone: string, body: string) => Promise<{ status: number; sid: string }>;

const AUTH_TOKEN = 'bench-twilio-auth-token';
const ACCOUNT_SID = 'AC00000000000000000000000000000000';
const OUR_NUMBER = '+15017122661';

/**
 * Webhook accepted → visible in the timeline API, at a steady rate, on Kafka + PostgreSQL (+ Redis
 * for ingestion's dedup): signed Twilio SMS webhooks through ingestion, the bus, the timeline's
 * consumer, the event store and the projection, read back through `GET /api/customers/:id/timeline`.
 */
/** Webhooks sent in flight at most: beyond it the step falls behind schedule and says so. */
const MAX_IN_FLIGHT = 256;

export async function runLatencyPhase(settings: LatencySettings): Promise<LatencyResult> {
  const database = await createBenchDatabase(settings.adminDatabaseUrl);
  const suffix = randomBytes(4).toString('hex');
  const tenantId = `bench-${suffix}`;
  const env = {
    DATABASE_URL: database.url,
    EVENT_STORE: 'postgres',
    BUS: 'kafka',
    KAFKA_BROKERS: settings.kafkaBrokers,
    BUS_SECRET: 'a-benchmark-bus-secret-that-is-long-enough-0123',
    ROUTING_STATE: 'redis',
    REDIS_URL: settings.redisUrl,
    BENCH_TOPIC: `bench.channel-events.${suffix}`,
    BENCH_TENANT: tenantId,
  };
  // The distributed topology: the gateway and the timeline service are processes of their own, and
  // this process only sends webhooks and reads the API, as providers and agents would.
  const gateway = await spawnBenchServer({ ...env, BENCH_ROLE: 'gateway', KAFKA_CLIENT_ID: `bench-gateway-${suffix}` });
  const timelineService = await spawnBenchServer({ ...env, BENCH_ROLE: 'timeline', KAFKA_CLIENT_ID: `bench-timeline-${suffix}` }).catch(async (error: unknown) => {
    await gateway.stop();
    throw error;
  });
  try {
    if (!gateway.admin) throw new Error('the gateway made no tenant');
    const login = await fetch(`${gateway.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(gateway.admin) });
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const call = (base: string) => (path: string, init: RequestInit = {}) =>
      fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
    const api = call(timelineService.url);
    const channel = (await (await call(gateway.url)('/api/channels', { method: 'POST', body: JSON.stringify({ kind: 'twilio-messaging', secrets: { authToken: AUTH_TOKEN }, settings: { accountSid: ACCOUNT_SID } }) })).json()) as { id: string };
    const webhookUrl = `${PUBLIC_BASE_URL}/webhooks/${channel.id}`;

    const sendSms: SendSms = async (phone, body) => {
      const sid = `SM${randomBytes(16).toString('hex')}`;
      const form = new URLSearchParams({ AccountSid: ACCOUNT_SID, MessageSid: sid, SmsMessageSid: sid, SmsSid: sid, From: phone, To: OUR_NUMBER, Body: body, NumMedia: '0', SmsStatus: 'received', ApiVersion: '2010-04-01' }).toString();
      const signature = twilioSignature(AUTH_TOKEN, webhookUrl, FormParams.parse(Buffer.from(form)));
      const response = await fetch(`${gateway.url}/webhooks/${channel.id}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: form });
      await response.arrayBuffer();
      return { status: response.status, sid };
    };

    // Warm-up: every customer writes once, so the steady phase measures continuing conversations.
    const phones = Array.from({ length: settings.customers }, (_, n) => `+1415555${String(n).padStart(4, '0')}`);
    await Promise.all(phones.map((phone) => sendSms(phone, 'hello')));
    const customerOf = new Map<string, string>();
    const deadline = Date.now() + 60_000;
    while (customerOf.size < phones.length) {
      if (Date.now() > deadline) throw new Error('the warm-up customers did not all appear');
      for (const phone of phones.filter((candidate) => !customerOf.has(candidate))) {
        const found = (await (await api(`/api/customers?q=${encodeURIComponent(phone)}`)).json()) as { id: string }[];
        if (found[0]) customerOf.set(phone, found[0].id);
      }
      progress(`warm-up: ${customerOf.size}/${phones.length} customers in the timeline`);
    }
    progressDone(`warm-up: ${phones.length} customers in the timeline`);

    const visible = async (customerId: string, text: string, acceptedAt: number, timeoutMs = 15_000): Promise<number | null> => {
      const giveUp = acceptedAt + timeoutMs;
      // Backing off, so that watching a slow pipeline does not become what slows it.
      for (let pause = 5; performance.now() < giveUp; pause = Math.min(50, pause * 1.5)) {
        const page = (await (await api(`/api/customers/${customerId}/timeline?limit=20`)).json()) as { entries: { text: string | null }[] };
        if (page.entries.some((entry) => entry.text === text)) return performance.now() - acceptedAt;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
      return null;
    };

    // What the pipeline has done so far, from the app's own metrics: shown on the progress line.
    let pipeline = '';
    const metricsTimer = setInterval(() => {
      void fetch(`${timelineService.url}/metrics`)
        .then((response) => response.text())
        .then((text) => {
          const recorded = /switchboard_timeline_intake_total\{outcome="recorded"\} (\d+)/.exec(text)?.[1] ?? '0';
          const lag = /^switchboard_timeline_projection_lag_events (\d+)/m.exec(text)?.[1] ?? '?';
          const sum = Number(/^switchboard_timeline_intake_duration_seconds_sum ([\d.e+-]+)/m.exec(text)?.[1] ?? 0);
          const count = Number(/^switchboard_timeline_intake_duration_seconds_count (\d+)/m.exec(text)?.[1] ?? 0);
          pipeline = `timeline took ${recorded} (mean ${count ? ((sum / count) * 1000).toFixed(0) : '?'} ms each), projection lag ${lag}`;
        }, () => undefined);
    }, 1000);
    const status = () => pipeline;
    const steps: LatencyStep[] = [];
    for (const rate of settings.rates) {
      const intakeBefore = await readIntakeHistogram(timelineService.url);
      const step = await steadyStep(rate, settings.seconds, Math.max(1, Math.round(rate / settings.samplesPerSecond)), (n) => phones[n % phones.length] ?? '', sendSms, (phone, text, acceptedAt, timeoutMs) => visible(customerOf.get(phone) ?? '', text, acceptedAt, timeoutMs), suffix, status);
      const intake = intakeBetween(intakeBefore, await readIntakeHistogram(timelineService.url));
      steps.push({ ...step.result, stages: await stageTimings(database.url, step.followed), intake });
    }
    clearInterval(metricsTimer);
    return { steps };
  } finally {
    await Promise.all([gateway.stop(), timelineService.stop()]);
    await database.drop();
  }
}

/** One rate held for `seconds`, open-loop (on schedule, not waiting for answers) up to MAX_IN_FLIGHT. */
async function steadyStep(
  rate: number,
  seconds: number,
  sampleEvery: number,
  phoneFor: (n: number) => string,
  sendSms: SendSms,
  visible: (phone: string, text: string, acceptedAt: number, timeoutMs?: number) => Promise<number | null>,
  suffix: string,
  status: () => string,
): Promise<{ result: Omit<LatencyStep, 'stages' | 'intake'>; followed: FollowedMessage[] }> {
  const accepts: number[] = [];
  const latencies: number[] = [];
  const followed: FollowedMessage[] = [];
  const watchers: Promise<void>[] = [];
  const inFlight = new Set<Promise<void>>();
  let failed = 0;
  let timedOut = 0;
  const total = rate * seconds;
  const started = performance.now();
  for (let sent = 0; sent < total; ) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    for (; sent < due && inFlight.size < MAX_IN_FLIGHT; sent++) {
      const n = sent;
      const phone = phoneFor(n);
      const text = `bench message ${rate}/${n} ${suffix}`;
      const sentAt = performance.now();
      const request: Promise<void> = sendSms(phone, text).then(
        ({ status, sid }) => {
          const acceptedAt = performance.now();
          if (status !== 200) {
            failed++;
            return;
          }
          accepts.push(acceptedAt - sentAt);
          if (n % sampleEvery !== 0) return;
          const watched = visible(phone, text, acceptedAt).then((ms) => {
            followed.push({ sid, acceptedAt: performance.timeOrigin + acceptedAt, visibleMs: ms });
            if (ms === null) timedOut++;
            else latencies.push(ms);
          });
          watchers.push(watched);
        },
        () => void failed++,
      );
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
    }
    progress(`${rate}/s: ${sent}/${total} sent, ${inFlight.size} in flight; ${status()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  // The step ends when its last message is visible, so the next step starts on an empty pipeline.
  const lastAccepted = performance.now();
  const drained = await visible(phoneFor(total - 1), `bench message ${rate}/${total - 1} ${suffix}`, lastAccepted, 60_000);
  await Promise.all(watchers);
  progressDone(`${rate}/s: ${total} webhooks in ${elapsed.toFixed(1)} s (${Math.round(total / elapsed)}/s), ${latencies.length} samples visible, ${timedOut} not within 15 s, drained ${drained === null ? 'never' : `${(drained / 1000).toFixed(1)} s`} after`);
  const result = {
    rate,
    sent: total,
    seconds: Math.round(elapsed * 10) / 10,
    achievedRate: Math.round(total / elapsed),
    failed,
    timedOut,
    drainSeconds: drained === null ? null : Math.round(drained / 100) / 10,
    webhookAcceptMs: distribution(accepts),
    acceptedToVisibleMs: distribution(latencies),
  };
  return { result, followed };
}
