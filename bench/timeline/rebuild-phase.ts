import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { newId } from '@switchboard/contracts';
import { rebuildTimeline, TIMELINE, type Timeline } from '@switchboard/timeline';
import { benchTenant, startBenchPlatform } from './bench-platform';
import { distribution, progress, progressDone, type Distribution } from './bench-stats';
import { createBenchDatabase } from './scratch-database';

export interface RebuildSettings {
  readonly adminDatabaseUrl: string;
  /** Events to put in the store before rebuilding (at least). */
  readonly events: number;
  /** Entries of the one big customer whose timeline is paged. */
  readonly bigCustomerEntries: number;
  readonly workers: number;
}

export interface RebuildResult {
  readonly storedEvents: number;
  readonly generateSeconds: number;
  readonly rebuildSeconds: number;
  readonly rebuildEventsPerSecond: number;
  readonly bigCustomerEntries: number;
  readonly firstPageMs: Distribution;
  readonly cursorPageMs: Distribution;
}

const MESSAGES_PER_BIG_CONVERSATION = 20;
const SMALL = { conversations: 4, messages: 12 };
const SENTENCES = [
  'Hi, my order has not arrived yet, can you check where it is?',
  'The parcel came damaged, the box was open and one item is missing.',
  'Could I change the delivery address to my office for tomorrow?',
  'Thanks, that solved it. Have a nice day!',
  'Is the store open on Sunday, and until what time?',
];

interface Job {
  readonly phone: string;
  readonly conversations: number;
  readonly messages: number;
}

/**
 * Projection throughput over a store of at least `events` events, then timeline page latency over
 * HTTP for a customer with `bigCustomerEntries` entries. The events are made by the real command
 * path (identity resolution, the conversation aggregate, sealing), on PostgreSQL.
 */
export async function runRebuildPhase(settings: RebuildSettings): Promise<RebuildResult> {
  const database = await createBenchDatabase(settings.adminDatabaseUrl);
  const running = await startBenchPlatform({ env: { DATABASE_URL: database.url, EVENT_STORE: 'postgres' }, timeline: { consumeChannelEvents: false, runProjection: false } });
  try {
    const tenantId = `bench-${randomBytes(4).toString('hex')}`;
    const token = await benchTenant(running, tenantId);
    const timeline = running.app.get<Timeline>(TIMELINE);

    const bigConversations = Math.ceil(settings.bigCustomerEntries / MESSAGES_PER_BIG_CONVERSATION);
    const bigEvents = 2 + bigConversations * (MESSAGES_PER_BIG_CONVERSATION + 2);
    const smallEvents = 2 + SMALL.conversations * (SMALL.messages + 2);
    const smallCustomers = Math.max(0, Math.ceil((settings.events - bigEvents) / smallEvents));
    const bigPhone = '+14155559999';
    // The big customer's conversations are spread over the workers like everyone else's.
    const jobs: Job[] = [
      ...Array.from({ length: settings.workers }, () => ({ phone: bigPhone, conversations: Math.ceil(bigConversations / settings.workers), messages: MESSAGES_PER_BIG_CONVERSATION })),
      ...Array.from({ length: smallCustomers }, (_, n) => ({ phone: `+1212555${String(n).padStart(4, '0')}`, ...SMALL })),
    ];
    const started = performance.now();
    let done = 0;
    const run = async (job: Job, worker: number) => {
      const context = { tenantId, at: new Date('2026-01-01T00:00:00Z') };
      const customerId = await timeline.resolver.resolve(context, { kind: 'identity', identity: { kind: 'phone', value: job.phone }, displayName: `Customer ${job.phone.slice(-4)}` });
      for (let c = 0; c < job.conversations; c++) {
        const conversationId = newId();
        const hour = Date.parse('2026-01-01T00:00:00Z') + (worker * 1000 + c) * 3_600_000;
        const opening = { conversationId, customerId, channel: 'sms', channelId: 'bench-sms', threadKind: 'messaging', subject: null } as const;
        // A conversation's whole history in one append (the decider still decides every message).
        const messages = Array.from({ length: job.messages }, (_, m) => ({
          type: 'ReceiveMessage' as const,
          data: {
            opening,
            message: { messageId: newId(), providerMessageId: null, text: SENTENCES[(c + m) % SENTENCES.length] ?? '', subject: null, fromName: null, emailMessageId: null, media: [], replyToProviderMessageId: null, reaction: null, location: null },
          },
        }));
        await timeline.conversations.executeAll({ tenantId, at: new Date(hour) }, conversationId, customerId, [...messages, { type: 'CloseConversation', data: { reason: 'resolved' } }]);
      }
      done++;
      progress(`generating: ${done}/${jobs.length} customers' histories, store at ${(await running.adapters.eventStore.headPosition()).toLocaleString('en')} events`);
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: settings.workers }, async (_, worker) => {
        while (next < jobs.length) {
          const job = jobs[next++];
          if (job) await run(job, worker);
        }
      }),
    );
    const generateSeconds = (performance.now() - started) / 1000;
    const storedEvents = await running.adapters.eventStore.headPosition();
    progressDone(`generated ${storedEvents.toLocaleString('en')} events in ${generateSeconds.toFixed(1)} s`);

    const rebuilt = await rebuildTimeline(running.adapters.sql, running.adapters.eventStore, timeline.projector, {
      onProgress: (p) => progress(`rebuilding: ${p.position.toLocaleString('en')}/${p.head.toLocaleString('en')} events, ${p.elapsedMs > 0 ? Math.round((p.events / p.elapsedMs) * 1000) : 0} events/s`),
    });
    const rebuildEventsPerSecond = Math.round((rebuilt.events / rebuilt.elapsedMs) * 1000);
    progressDone(`rebuilt ${rebuilt.events.toLocaleString('en')} events in ${(rebuilt.elapsedMs / 1000).toFixed(1)} s (${rebuildEventsPerSecond} events/s)`);

    /** One API call, timed from request to parsed body. */
    const api = async <T>(path: string): Promise<{ ms: number; body: T }> => {
      const before = performance.now();
      const response = await fetch(`${running.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as T;
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return { ms: performance.now() - before, body };
    };
    type Page = { entries: unknown[]; nextCursor: string | null };
    const [big] = (await api<{ id: string }[]>(`/api/customers?q=${encodeURIComponent(bigPhone)}`)).body;
    if (!big) throw new Error('the big customer is not in the timeline');
    const firstPage: number[] = [];
    for (let n = 0; n < 200; n++) firstPage.push((await api<Page>(`/api/customers/${big.id}/timeline?limit=50`)).ms);
    const cursorPages: number[] = [];
    let entries = 0;
    let cursor: string | null = null;
    do {
      const page: { ms: number; body: Page } = await api<Page>(`/api/customers/${big.id}/timeline?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      cursorPages.push(page.ms);
      entries += page.body.entries.length;
      cursor = page.body.nextCursor;
      progress(`paging the big customer: ${entries.toLocaleString('en')} entries`);
    } while (cursor !== null);
    progressDone(`paged the big customer's ${entries.toLocaleString('en')} entries in ${cursorPages.length} pages`);
    return {
      storedEvents,
      generateSeconds: Math.round(generateSeconds * 10) / 10,
      rebuildSeconds: Math.round(rebuilt.elapsedMs / 100) / 10,
      rebuildEventsPerSecond,
      bigCustomerEntries: entries,
      firstPageMs: distribution(firstPage),
      cursorPageMs: distribution(cursorPages),
    };
  } finally {
    await running.close();
    await database.drop();
  }
}
