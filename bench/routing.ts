/**
 * Routing benchmark on the real Redis: AGENTS simulated agents (all available, chat capacity 3)
 * and CONTACTS chat contacts arriving at a steady RATE per second; every offer is accepted at once
 * and wrapped up HOLD_MS later, which frees the agent's capacity again. Routers are RoutingEngines
 * as the router app runs them (event-driven passes, Lua-atomic state), each on its own connection.
 *
 * Reports assignments/s, enqueue-to-offer and enqueue-to-assignment latency, and, from the same
 * client in the same run, Redis's own EVALSHA rate for a script of the offer script's size.
 * Decision events go to in-process listeners only here (no event store or bus in the loop).
 *
 *   REDIS_URL=redis://127.0.0.1:6379 AGENTS=1000 CONTACTS=10000 RATE=2500 ROUTERS=1 HOLD_MS=1000
 *
 * LEASE_MS sets the routers' lease of timed passes (default the engine's; 0: every router runs
 * every tenant's timed passes, as before the lease).
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { newId, RoutingEventTypes, type RoutingEvent } from '@switchboard/contracts';
import { createRedisConnection, type RedisConnection } from '@switchboard/infra-redis';
import { DEFAULT_POLICY, ROUTING_LUA_SOURCES, RoutingEngine, RoutingRecorder, createRedisRoutingState, type RoutingState } from '@switchboard/routing';
import { DEFAULT_CAPACITY, defaultQueue, type AgentProfile } from '@switchboard/routing-domain';
import { commandCounts, evalshaCeiling } from './routing-ceiling';
import { latencySummary, table } from './routing-stats';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const AGENTS = setting('AGENTS', 1000);
const CONTACTS = setting('CONTACTS', 10000);
const RATE = setting('RATE', 2500);
const ROUTERS = setting('ROUTERS', 1);
const HOLD_MS = setting('HOLD_MS', 1000);
const LEASE_MS = setting('LEASE_MS', DEFAULT_POLICY.timedPassLeaseMs);
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const TENANT = 'bench';
const TIMEOUT_MS = 180_000;

interface Run {
  readonly enqueuedAt: Map<string, number>;
  readonly offerLatency: number[];
  readonly assignLatency: number[];
  assigned: number;
  offered: number;
  refusedOffers: number;
  refusedAccepts: number;
  firstEnqueue: number;
  lastAssigned: number;
}

function progress(run: Run, enqueued: number, started: number): void {
  const seconds = (performance.now() - started) / 1000;
  const recent = latencySummary(run.offerLatency.slice(-2000));
  process.stderr.write(
    `\r[routing] ${seconds.toFixed(1)}s enqueued ${enqueued}/${CONTACTS} offered ${run.offered} assigned ${run.assigned} (${Math.round(run.assigned / Math.max(seconds, 0.001))}/s) enqueue→offer p99 ${recent.p99} ms   `,
  );
}

async function setUp(state: RoutingState): Promise<void> {
  await state.putQueue(TENANT, { ...defaultQueue(), id: 'bench', name: 'Bench', channels: ['chat'] });
  const now = Date.now();
  for (let start = 0; start < AGENTS; start += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, AGENTS - start) }, async (_, i) => {
        const agentId = `agent-${start + i}`;
        const profile: AgentProfile = { agentId, displayName: agentId, skills: {}, languages: [], capacity: { ...DEFAULT_CAPACITY, chat: 3 }, maxTotal: 3, wrapUpSeconds: 0 };
        await state.putProfile(TENANT, profile, now);
        await state.setPresence(TENANT, agentId, 'available', now);
      }),
    );
  }
}

function routers(connections: readonly RedisConnection[], keyPrefix: string, run: Run): RoutingEngine[] {
  return connections.map((connection) => {
    const redisState = createRedisRoutingState(connection.client, { keyPrefix });
    // Counts offers the state refused: another router (or a stale board) got there first.
    const state: RoutingState = {
      ...redisState,
      offer: async (...args) => {
        const change = await redisState.offer(...args);
        if (!change.ok) run.refusedOffers += 1;
        return change;
      },
    };
    const recorder = new RoutingRecorder(null, { now: () => new Date(), newId });
    return new RoutingEngine({ state, recorder, clock: Date.now, newId, policy: { tickMs: 100, eventDriven: true, headsPerQueue: setting('HEADS', 100), timedPassLeaseMs: LEASE_MS }, onError: (error, what) => process.stderr.write(`\n${what}: ${String(error)}\n`) });
  });
}

/**
 * The simulated agents: accept every offer at once, wrap up HOLD_MS later, through the router
 * engines (as the embedded platform's gateways call the facade of the process that routes).
 */
function simulateAgents(engines: readonly RoutingEngine[], run: Run): void {
  let turn = 0;
  const onEvent = (event: RoutingEvent) => {
    if (event.type !== RoutingEventTypes.offerMade) return;
    const { contactId, agentId, offerId } = event.payload;
    const enqueuedAt = run.enqueuedAt.get(contactId) ?? performance.now();
    run.offered += 1;
    run.offerLatency.push(performance.now() - enqueuedAt);
    const engine = engines[turn++ % engines.length] as RoutingEngine;
    engine.accept(TENANT, agentId, contactId, offerId).then(
      () => {
        run.assigned += 1;
        run.lastAssigned = performance.now();
        run.assignLatency.push(run.lastAssigned - enqueuedAt);
        setTimeout(() => void engine.wrapUp(TENANT, agentId, contactId, null, 0).catch(() => undefined), HOLD_MS);
      },
      () => {
        run.refusedAccepts += 1;
      },
    );
  };
  for (const engine of engines) engine.recorder.addListener(onEvent);
}

async function arrive(engines: readonly RoutingEngine[], run: Run): Promise<void> {
  const started = performance.now();
  run.firstEnqueue = started;
  let enqueued = 0;
  const ticker = setInterval(() => progress(run, enqueued, started), 500);
  const pending: Promise<unknown>[] = [];
  while (enqueued < CONTACTS) {
    const due = Math.min(CONTACTS, Math.floor(((performance.now() - started) / 1000) * RATE));
    for (; enqueued < due; enqueued += 1) {
      const contactId = `contact-${enqueued}`;
      run.enqueuedAt.set(contactId, performance.now());
      const engine = engines[enqueued % engines.length] as RoutingEngine;
      pending.push(engine.enqueue(TENANT, { conversationId: contactId, sourceChannel: 'chat' }, null));
    }
    await new Promise((resolveTick) => setTimeout(resolveTick, 2));
  }
  await Promise.all(pending);
  const deadline = performance.now() + TIMEOUT_MS;
  while (run.assigned < CONTACTS && performance.now() < deadline) await new Promise((resolveTick) => setTimeout(resolveTick, 20));
  clearInterval(ticker);
  progress(run, enqueued, started);
  process.stderr.write('\n');
}

async function main(): Promise<void> {
  const keyPrefix = `bench:routing:${Date.now().toString(36)}`;
  const connections = Array.from({ length: ROUTERS }, () => createRedisConnection(REDIS_URL));
  const first = connections[0] as RedisConnection;
  const run: Run = { enqueuedAt: new Map(), offerLatency: [], assignLatency: [], assigned: 0, offered: 0, refusedOffers: 0, refusedAccepts: 0, firstEnqueue: 0, lastAssigned: 0 };
  const engines = routers(connections, keyPrefix, run);
  const routerClient = first.client;
  try {
    process.stderr.write(`[routing] ${AGENTS} agents, ${CONTACTS} contacts at ${RATE}/s, ${ROUTERS} router(s), hold ${HOLD_MS} ms, ${REDIS_URL}\n`);
    await setUp(engines[0]?.state as RoutingState);
    simulateAgents(engines, run);
    for (const engine of engines) engine.start();
    const before = await commandCounts(routerClient);
    await arrive(engines, run);
    const after = await commandCounts(routerClient);
    for (const engine of engines) await engine.stop();
    process.stderr.write('[routing] measuring the EVALSHA ceiling...\n');
    const ceiling = await evalshaCeiling(routerClient, ROUTING_LUA_SOURCES.offer, { calls: 100_000, inFlight: 100 });
    report(run, before, after, ceiling);
  } finally {
    const keys = await first.client.keys(`${keyPrefix}:*`);
    if (keys.length > 0) await first.client.del(...keys);
    await Promise.all(connections.map((connection) => connection.close()));
  }
}

function report(
  run: Run,
  before: Awaited<ReturnType<typeof commandCounts>>,
  after: Awaited<ReturnType<typeof commandCounts>>,
  ceiling: Awaited<ReturnType<typeof evalshaCeiling>>,
): void {
  const seconds = (run.lastAssigned - run.firstEnqueue) / 1000;
  const offer = latencySummary(run.offerLatency);
  const assign = latencySummary(run.assignLatency);
  const evalsha = after.evalsha - before.evalsha;
  const result = {
    at: new Date().toISOString(),
    settings: { agents: AGENTS, contacts: CONTACTS, arrivalRatePerSecond: RATE, routers: ROUTERS, holdMs: HOLD_MS, timedPassLeaseMs: LEASE_MS, redisUrl: REDIS_URL.replace(/\/\/.*@/, '//***@') },
    assigned: run.assigned,
    seconds: Math.round(seconds * 100) / 100,
    assignmentsPerSecond: Math.round(run.assigned / seconds),
    enqueueToOfferMs: offer,
    enqueueToAssignedMs: assign,
    refusedOffers: run.refusedOffers,
    refusedAccepts: run.refusedAccepts,
    redis: {
      commandsPerAssignment: Math.round(((after.total - before.total) / Math.max(run.assigned, 1)) * 10) / 10,
      evalshaPerAssignment: Math.round((evalsha / Math.max(run.assigned, 1)) * 10) / 10,
      evalshaMeanUsec: Math.round(((after.evalshaUsec - before.evalshaUsec) / Math.max(evalsha, 1)) * 10) / 10,
    },
    ceiling: { evalshaSequentialPerSecond: ceiling.sequentialPerSecond, evalshaPipelinedPerSecond: ceiling.pipelinedPerSecond, inFlight: 100, scriptBytes: ceiling.scriptBytes },
    aims: { assignmentsPerSecond: 2000, enqueueToOfferP99Ms: 20 },
  };
  process.stdout.write(
    `\nRouting benchmark (${AGENTS} agents, ${CONTACTS} contacts at ${RATE}/s, ${ROUTERS} router(s))\n${table([
      ['assignments', `${run.assigned}/${CONTACTS} in ${result.seconds} s`],
      ['assignments/s', `${result.assignmentsPerSecond} (aim ≥ 2000)`],
      ['enqueue→offer p50 / p90 / p99 / max', `${offer.p50} / ${offer.p90} / ${offer.p99} / ${offer.max} ms (aim p99 < 20)`],
      ['enqueue→assigned p50 / p99', `${assign.p50} / ${assign.p99} ms`],
      ['offers refused by the state (races)', run.refusedOffers],
      ['Redis commands per assignment', `${result.redis.commandsPerAssignment} (EVALSHA ${result.redis.evalshaPerAssignment}, mean ${result.redis.evalshaMeanUsec} µs each)`],
      [`ceiling: EVALSHA of a ${ceiling.scriptBytes}-byte script, one at a time`, `${ceiling.sequentialPerSecond}/s`],
      ['ceiling: same, 100 in flight', `${ceiling.pipelinedPerSecond}/s`],
    ])}\n`,
  );
  const dir = resolve(process.cwd(), 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `routing-${result.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`\n  JSON: ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`\n[routing] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
