import { systemEnvelopeContext, type EnvelopeContext } from '@switchboard/contracts';
import type { EventStore } from '@switchboard/infra-event-store';
import { runMigrations, type SqlDatabase } from '@switchboard/infra-sql';
import { ConversationAggregate } from './aggregates/conversation-aggregate';
import { ContactActivityIntake, type ContactActivityTiming } from './contacts/contact-activity-intake';
import { ContactLinks } from './contacts/contact-links';
import { CustomerAggregate } from './aggregates/customer-aggregate';
import { ConversationCommands } from './conversations/conversation-commands';
import { CustomerCommands } from './customers/customer-commands';
import { CustomerProfiles } from './customers/customer-profiles';
import { CustomerSearch } from './customers/customer-search';
import { TimelinePages } from './customers/timeline-pages';
import { CustomerIdentitiesRepository } from './identity-resolution/customer-identities.repository';
import { IdentityResolver } from './identity-resolution/identity-resolver';
import { ChannelEventIntake } from './intake/channel-event-intake';
import { timelineMigrations } from './persistence/timeline.migrations';
import { CustomerKeyStore } from './personal-data/customer-key-store';
import { IdentityHasher } from './personal-data/identity-hasher';
import { deriveSecrets, resolveMasterSecret } from './personal-data/timeline-secrets';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection/projection-runner';
import { createProjectionTables } from './projection/projection-schema';
import { TimelineProjector } from './projection/timeline-projector';
import { ConversationThreadsRepository } from './threading/conversation-threads.repository';
import { DEFAULT_INACTIVITY_GAP_MS } from './timeline.options';

export interface TimelineDependencies {
  readonly sql: SqlDatabase;
  readonly eventStore: EventStore;
  readonly secret?: string;
  readonly messagingInactivityGapMs?: number;
  readonly projection?: ProjectionRunnerOptions;
  readonly contactActivity?: ContactActivityTiming;
  /** Clock and ids of new envelopes; tests pass fixed ones. */
  readonly ids?: EnvelopeContext;
}

/** The timeline's parts, wired. Nest provides them (TimelineModule); tools and benchmarks use them directly. */
export interface Timeline {
  readonly secretGenerated: boolean;
  readonly keys: CustomerKeyStore;
  readonly hasher: IdentityHasher;
  readonly customers: CustomerAggregate;
  readonly conversations: ConversationAggregate;
  readonly resolver: IdentityResolver;
  readonly intake: ChannelEventIntake;
  readonly contacts: ContactLinks;
  /** Replies, notes and routing decisions, followed to the contact's conversation. */
  readonly contactActivity: ContactActivityIntake;
  readonly customerCommands: CustomerCommands;
  readonly conversationCommands: ConversationCommands;
  readonly profiles: CustomerProfiles;
  readonly search: CustomerSearch;
  readonly pages: TimelinePages;
  readonly projector: TimelineProjector;
  readonly runner: ProjectionRunner;
}

/** Runs the timeline's migrations, creates the projection tables if missing, and wires every part. */
export async function createTimeline(deps: TimelineDependencies): Promise<Timeline> {
  const { sql, eventStore } = deps;
  await runMigrations(sql, timelineMigrations);
  await createProjectionTables(sql);
  const master = await resolveMasterSecret(sql, deps.secret);
  const secrets = deriveSecrets(master.secret);
  const ids = deps.ids ?? systemEnvelopeContext;

  const keys = new CustomerKeyStore(sql, secrets.keyEncryptionKey);
  const hasher = new IdentityHasher(secrets.identityHashKey);
  const identities = new CustomerIdentitiesRepository(sql);
  const threads = new ConversationThreadsRepository(sql);
  const projector = new TimelineProjector(sql, keys);
  const runner = new ProjectionRunner(sql, eventStore, projector, deps.projection);
  const nudge = () => runner.nudge();
  const customers = new CustomerAggregate(eventStore, keys, ids, nudge);
  const conversations = new ConversationAggregate(eventStore, keys, ids, nudge);
  const resolver = new IdentityResolver(identities, customers, hasher);
  const contacts = new ContactLinks(threads, hasher);
  const conversationCommands = new ConversationCommands(conversations, customers);
  return {
    secretGenerated: master.generated,
    keys,
    hasher,
    customers,
    conversations,
    resolver,
    intake: new ChannelEventIntake(resolver, threads, conversations, hasher, contacts, deps.messagingInactivityGapMs ?? DEFAULT_INACTIVITY_GAP_MS),
    contacts,
    contactActivity: new ContactActivityIntake(contacts, conversationCommands, threads, hasher, deps.contactActivity),
    customerCommands: new CustomerCommands(customers, identities, threads, keys, resolver),
    conversationCommands,
    profiles: new CustomerProfiles(customers),
    search: new CustomerSearch(sql, hasher),
    pages: new TimelinePages(sql),
    projector,
    runner,
  };
}
