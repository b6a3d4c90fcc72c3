/**
 * Realtime benchmark: how many concurrent agent sockets one realtime process holds with offers
 * flowing. Forks the realtime process (bench/realtime-server.ts: the embedded composition), opens
 * SOCKETS agent connections to `/agent` from this process (JWTs signed with the bench secret),
 * makes AVAILABLE of them available, then has the server enqueue chat contacts at RATE per second
 * for SECONDS; every offer is accepted over its socket and wrapped up HOLD_MS later.
 *
 * Reports connections held, connect latency, offer push latency (routing's offeredAt → the agent's
 * socket), accept round trips, the server's memory and event-loop lag; progress line while it runs;
 * table and JSON under bench/results/.
 *
 *   node tools/build.mjs > /dev/null && node -r ./tools/register-paths.cjs dist/bench/realtime.js
 *   SOCKETS=10000 AVAILABLE=1000 RATE=100 SECONDS=20 HOLD_MS=2000 CONNECT_CONCURRENCY=500
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sign } from 'jsonwebtoken';
import { io, type Socket } from 'socket.io-client';
import type { Ack, AgentClientToServerEvents, AgentServerToClientEvents, OfferPush } from '@switchboard/contracts';
import { BENCH_JWT_SECRET, BENCH_TENANT, type ServerMessage, type ServerRequest } from './realtime-server';
import { latencySummary, table } from './routing-stats';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SOCKETS = setting('SOCKETS', 10_000);
const AVAILABLE = Math.min(SOCKETS, setting('AVAILABLE', 1000));
const RATE = setting('RATE', 100);
const SECONDS = setting('SECONDS', 20);
const HOLD_MS = setting('HOLD_MS', 2000);
const CONNECT_CONCURRENCY = setting('CONNECT_CONCURRENCY', 500);

type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;
type Stats = Extract<ServerMessage, { kind: 'stats' }>;

interface Run {
  readonly connectMs: number[];
  readonly offerPushMs: number[];
  readonly acceptMs: number[];
  connected: number;
  refused: number;
  disconnects: number;
  offers: number;
  accepted: number;
  acceptRefused: number;
  wrappedUp: number;
  peakRssMb: number;
  /** Worst per-second event-loop lag p99 of the server, by phase (connecting, presence, offers). */
  readonly peakLagMs: Record<string, number>;
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  // The child inherits this process's `-r` (the path registration of the compiled workspace).
  const child = fork(resolve(__dirname, 'realtime-server.js'), [], { env: { ...process.env, BENCH_JWT_SECRET } });
  return new Promise((resolveStart, reject) => {
    child.once('exit', (code) => reject(new Error(`the realtime process exited (${code})`)));
    child.on('message', (message: ServerMessage) => {
      if (message.kind === 'listening') resolveStart({ child, url: message.url });
    });
  });
}

function ask<T extends ServerMessage['kind']>(child: ChildProcess, request: ServerRequest, answer: T): Promise<Extract<ServerMessage, { kind: T }>> {
  return new Promise((resolveAnswer) => {
    const onMessage = (message: ServerMessage) => {
      if (message.kind !== answer) return;
      child.off('message', onMessage);
      resolveAnswer(message as Extract<ServerMessage, { kind: T }>);
    };
    child.on('message', onMessage);
    child.send(request);
  });
}

/** Agents' access tokens, signed before the clock starts: signing is the identity service's work, not this process's. */
function tokens(count: number): string[] {
  return Array.from({ length: count }, (_, index) => sign({ sub: `agent-${index}`, tenantId: BENCH_TENANT, email: `agent-${index}@bench.test`, role: 'agent' }, BENCH_JWT_SECRET, { algorithm: 'HS256', expiresIn: 3600 }));
}

function connectAgent(url: string, token: string, run: Run): Promise<AgentSocket | null> {
  const socket: AgentSocket = io(`${url}/agent`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  const started = performance.now();
  return new Promise((resolveConnect) => {
    socket.once('connect', () => {
      run.connected += 1;
      run.connectMs.push(performance.now() - started);
      socket.on('disconnect', () => {
        run.disconnects += 1;
      });
      resolveConnect(socket);
    });
    socket.once('connect_error', () => {
      run.refused += 1;
      socket.close();
      resolveConnect(null);
    });
  });
}

/** An available agent: accepts every offer at once, wraps up HOLD_MS later. */
function work(socket: AgentSocket, run: Run): void {
  socket.on('offer', (offer: OfferPush) => {
    run.offers += 1;
    if (offer.offeredAt) run.offerPushMs.push(Date.now() - Date.parse(offer.offeredAt));
    const sent = performance.now();
    socket.emit('offer:accept', { conversationId: offer.conversationId, offerId: offer.offerId }, (answer: Ack<unknown>) => {
      run.acceptMs.push(performance.now() - sent);
      if (!answer.ok) {
        run.acceptRefused += 1;
        return;
      }
      run.accepted += 1;
      setTimeout(() => socket.emit('conversation:wrap-up', { conversationId: offer.conversationId }, () => void (run.wrappedUp += 1)), HOLD_MS);
    });
  });
}

function progress(run: Run, phase: string, started: number): void {
  const lag = Math.max(0, ...Object.values(run.peakLagMs));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `\r[realtime] ${phase} ${seconds}s connected ${run.connected}/${SOCKETS} offers ${run.offers} accepted ${run.accepted} wrapped ${run.wrappedUp} disconnects ${run.disconnects} server rss ${run.peakRssMb} MB lag p99 ${lag} ms   `,
  );
}

async function main(): Promise<void> {
  process.stderr.write(`[realtime] ${SOCKETS} agent sockets (${AVAILABLE} available), contacts at ${RATE}/s for ${SECONDS}s, hold ${HOLD_MS} ms\n`);
  const { child, url } = await startServer();
  const signed = tokens(SOCKETS);
  const run: Run = { connectMs: [], offerPushMs: [], acceptMs: [], connected: 0, refused: 0, disconnects: 0, offers: 0, accepted: 0, acceptRefused: 0, wrappedUp: 0, peakRssMb: 0, peakLagMs: {} };
  const started = performance.now();
  let phase = 'connecting';
  // Each stats answer covers the server's loop since the previous one: attributed to the phase it was asked in.
  const sample = async () => {
    const during = phase;
    const stats = await ask(child, { kind: 'stats' }, 'stats');
    run.peakRssMb = Math.max(run.peakRssMb, stats.rssMb);
    run.peakLagMs[during] = Math.max(run.peakLagMs[during] ?? 0, stats.loopLagP99Ms);
    return stats;
  };
  const enter = async (next: string) => {
    await sample();
    phase = next;
  };
  const watch = setInterval(() => {
    void sample();
    progress(run, phase, started);
  }, 1000);
  const sockets: AgentSocket[] = [];
  try {
    for (let next = 0; next < SOCKETS; next += CONNECT_CONCURRENCY) {
      const batch = await Promise.all(Array.from({ length: Math.min(CONNECT_CONCURRENCY, SOCKETS - next) }, (_, i) => connectAgent(url, signed[next + i] ?? '', run)));
      for (const socket of batch) if (socket) sockets.push(socket);
    }
    const connectedSeconds = (performance.now() - started) / 1000;
    await enter('presence');
    await Promise.all(
      sockets.slice(0, AVAILABLE).map(async (socket) => {
        work(socket, run);
        await socket.timeout(60_000).emitWithAck('presence:set', { presence: 'available' });
      }),
    );
    await enter('offers');
    await ask(child, { kind: 'feed', rate: RATE, seconds: SECONDS }, 'fed');
    const deadline = performance.now() + HOLD_MS + 30_000;
    while (run.wrappedUp < RATE * SECONDS && performance.now() < deadline) await new Promise((tick) => setTimeout(tick, 100));
    const final = await sample();
    clearInterval(watch);
    progress(run, 'done', started);
    process.stderr.write('\n');
    report(run, final, connectedSeconds);
  } finally {
    clearInterval(watch);
    for (const socket of sockets) socket.close();
    child.disconnect();
  }
}

function report(run: Run, final: Stats, connectedSeconds: number): void {
  const connect = latencySummary(run.connectMs);
  const push = latencySummary(run.offerPushMs);
  const accept = latencySummary(run.acceptMs);
  const peakRssMb = Math.max(run.peakRssMb, final.rssMb);
  const lag = (phase: string) => run.peakLagMs[phase] ?? 0;
  const result = {
    at: new Date().toISOString(),
    settings: { sockets: SOCKETS, available: AVAILABLE, contactsPerSecond: RATE, seconds: SECONDS, holdMs: HOLD_MS, connectConcurrency: CONNECT_CONCURRENCY },
    socketsHeld: final.agentSockets,
    connected: run.connected,
    refused: run.refused,
    disconnects: run.disconnects,
    connectSeconds: Math.round(connectedSeconds * 10) / 10,
    connectMs: connect,
    offers: run.offers,
    accepted: run.accepted,
    acceptRefused: run.acceptRefused,
    wrappedUp: run.wrappedUp,
    offerPushMs: push,
    acceptRoundTripMs: accept,
    server: { peakRssMb, heapMb: final.heapMb, eventLoopLagP99Ms: { connecting: lag('connecting'), presence: lag('presence'), offers: lag('offers') }, contactsEnqueued: final.enqueued },
    aim: { socketsHeld: 10_000 },
  };
  const text = `Realtime benchmark (${SOCKETS} agent sockets, ${AVAILABLE} available, ${RATE} contacts/s for ${SECONDS} s)\n${table([
      ['agent sockets held by one process', `${final.agentSockets} (aim 10000; ${run.refused} refused, ${run.disconnects} dropped)`],
      ['time to connect them all', `${result.connectSeconds} s (connect p50 / p99 ${connect.p50} / ${connect.p99} ms)`],
      ['offers pushed / accepted / wrapped up', `${run.offers} / ${run.accepted} / ${run.wrappedUp} of ${final.enqueued} contacts (${run.acceptRefused} accepts refused)`],
      ['offer push latency p50 / p99 / max', `${push.p50} / ${push.p99} / ${push.max} ms (offeredAt → agent socket)`],
      ['accept round trip p50 / p99', `${accept.p50} / ${accept.p99} ms`],
      ['server rss (peak) / heap', `${peakRssMb} MB / ${final.heapMb} MB`],
      ['server event-loop lag p99, worst second: connecting / presence / offers', `${lag('connecting')} / ${lag('presence')} / ${lag('offers')} ms`],
    ])}\n`;
  process.stdout.write(`\n${text}`);
  const dir = resolve(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `realtime-${result.at.replace(/[:.]/g, '-')}`);
  writeFileSync(`${file}.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${file}.md`, `\`\`\`\n${text}\`\`\`\n`);
  process.stdout.write(`\nwritten to ${file}.json and .md\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`\nrealtime benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
