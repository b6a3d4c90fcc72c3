import type Redis from 'ioredis';
import type { Presence, RoutingChannel } from '@switchboard/contracts';
import { EMPTY_COUNTERS, newAgentState, refuse, type FreeAgent, type QueueCounters, type Refusal } from '@switchboard/routing-domain';
import type { RoutingState } from '../routing-state';
import { LuaScript } from './lua-script';
import { PRESENCE_LUA, PUT_PROFILE_LUA } from './lua/agent-scripts.lua';
import {
  ABANDON_LUA,
  ASSIGNED_TO_LUA,
  BOARD_LUA,
  ENQUEUE_LUA,
  MARK_OVERFLOW_LUA,
  REQUEST_AGENT_LUA,
  REQUEST_CALLBACK_LUA,
  REQUEUE_LUA,
  RESOLVE_LUA,
  WAITING_HEADS_LUA,
  WRAP_UP_LUA,
} from './lua/contact-scripts.lua';
import { CLAIM_TIMED_PASSES_LUA, RELEASE_TIMED_PASSES_LUA } from './lua/lease-scripts.lua';
import { ACCEPT_LUA, MISS_LUA, OFFER_LUA } from './lua/offer-scripts.lua';
import { parseAgent, parseContact, parseJson } from './parse-records';

const SCRIPTS = {
  offer: new LuaScript(OFFER_LUA),
  accept: new LuaScript(ACCEPT_LUA),
  miss: new LuaScript(MISS_LUA),
  presence: new LuaScript(PRESENCE_LUA),
  putProfile: new LuaScript(PUT_PROFILE_LUA),
  enqueue: new LuaScript(ENQUEUE_LUA),
  abandon: new LuaScript(ABANDON_LUA),
  wrapUp: new LuaScript(WRAP_UP_LUA),
  requeue: new LuaScript(REQUEUE_LUA),
  requestAgent: new LuaScript(REQUEST_AGENT_LUA),
  resolve: new LuaScript(RESOLVE_LUA),
  markOverflow: new LuaScript(MARK_OVERFLOW_LUA),
  requestCallback: new LuaScript(REQUEST_CALLBACK_LUA),
  assignedTo: new LuaScript(ASSIGNED_TO_LUA),
  claimTimedPasses: new LuaScript(CLAIM_TIMED_PASSES_LUA),
  releaseTimedPasses: new LuaScript(RELEASE_TIMED_PASSES_LUA),
  waitingHeads: new LuaScript(WAITING_HEADS_LUA),
  board: new LuaScript(BOARD_LUA),
} as const;

/** The Lua scripts' sources, for the benchmark's ceiling measurement (a script of the same size). */
export const ROUTING_LUA_SOURCES = { offer: OFFER_LUA, accept: ACCEPT_LUA } as const;

export interface RedisRoutingStateOptions {
  /** Every key starts `<keyPrefix>:{<tenant>}:`; tests use a unique prefix. */
  readonly keyPrefix: string;
}

type Reply = (string | null)[];

function answer(reply: unknown): Reply {
  return reply as Reply;
}

function freeAgentsOf(flat: readonly string[]): FreeAgent[] {
  const agents: FreeAgent[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) agents.push({ agentId: flat[i] as string, idleSince: Number(flat[i + 1]) });
  return agents;
}

function refusalOf(reply: Reply): { ok: false; refusal: Refusal } | null {
  return reply[0] === 'no' ? refuse(reply[1] as Refusal) : null;
}

/**
 * The distributed adapter: routing state in Redis, each change one Lua script (atomic: Redis runs
 * one script at a time), so any number of router instances may share it. Reads are plain commands;
 * whatever they return is re-checked by the script that acts on it.
 *
 * Per tenant: hashes `contacts`, `agents`, `profiles`, `queues`, `last`, `meta`; sorted sets
 * `waiting:<queue>` (score: rank), `free:<channel>` (agents with room, score: idle since),
 * `offers` (score: deadline), `wrapups` (score: end); sets `assigned:<agent>` (contact ids);
 * counters `counters:<day>`. Across tenants: `tenants` and the timed-pass `leases`.
 */
export function createRedisRoutingState(client: Redis, options: RedisRoutingStateOptions): RoutingState {
  const tenantsKey = `${options.keyPrefix}:tenants`;
  const leasesKey = `${options.keyPrefix}:leases`;
  const base = (tenantId: string) => `${options.keyPrefix}:{${tenantId}}:`;
  const run = async (script: LuaScript, tenantId: string, args: readonly (string | number)[]) => answer(await script.run(client, [base(tenantId)], args));
  const touch = (tenantId: string) => client.sadd(tenantsKey, tenantId);

  return {
    kind: 'redis',
    async tenants() {
      return client.smembers(tenantsKey);
    },
    async claimTimedPasses(routerId, tenantIds, now, ttlMs) {
      if (tenantIds.length === 0) return [];
      return (await SCRIPTS.claimTimedPasses.run(client, [leasesKey], [routerId, now, ttlMs, ...tenantIds])) as string[];
    },
    async releaseTimedPasses(routerId) {
      await SCRIPTS.releaseTimedPasses.run(client, [leasesKey], [routerId]);
    },

    async putQueue(tenantId, queue) {
      await client.multi().hset(`${base(tenantId)}queues`, queue.id, JSON.stringify(queue)).hincrby(`${base(tenantId)}meta`, 'version', 1).sadd(tenantsKey, tenantId).exec();
    },
    async removeQueue(tenantId, queueId) {
      await client.multi().hdel(`${base(tenantId)}queues`, queueId).hincrby(`${base(tenantId)}meta`, 'version', 1).exec();
    },
    async putProfile(tenantId, profile, now) {
      await touch(tenantId);
      const reply = await SCRIPTS.putProfile.run(client, [base(tenantId)], [profile.agentId, JSON.stringify(profile), now, JSON.stringify(newAgentState(profile, now))]);
      return parseAgent(String(reply));
    },
    async catalogVersion(tenantId) {
      return Number((await client.hget(`${base(tenantId)}meta`, 'version')) ?? 0);
    },
    async catalog(tenantId) {
      const [version, queues, profiles] = await Promise.all([
        client.hget(`${base(tenantId)}meta`, 'version'),
        client.hvals(`${base(tenantId)}queues`),
        client.hvals(`${base(tenantId)}profiles`),
      ]);
      return { version: Number(version ?? 0), queues: queues.map((raw) => parseJson(raw)), profiles: profiles.map((raw) => parseJson(raw)) };
    },

    async contact(tenantId, contactId) {
      const raw = await client.hget(`${base(tenantId)}contacts`, contactId);
      return raw ? parseContact(raw) : null;
    },
    async contacts(tenantId) {
      return (await client.hvals(`${base(tenantId)}contacts`)).map(parseContact);
    },
    async agent(tenantId, agentId) {
      const raw = await client.hget(`${base(tenantId)}agents`, agentId);
      return raw ? parseAgent(raw) : null;
    },
    async agents(tenantId) {
      return (await client.hvals(`${base(tenantId)}agents`)).map(parseAgent);
    },
    async assignedTo(tenantId, agentId) {
      return (await run(SCRIPTS.assignedTo, tenantId, [agentId])).flatMap((raw) => (raw ? [parseContact(raw)] : []));
    },
    async waitingHeads(tenantId, perQueue) {
      return (await run(SCRIPTS.waitingHeads, tenantId, [perQueue])).flatMap((raw) => (raw ? [parseContact(raw)] : []));
    },
    async freeAgents(tenantId, channels) {
      const lists = await Promise.all(channels.map((channel) => client.zrange(`${base(tenantId)}free:${channel}`, 0, -1, 'WITHSCORES')));
      const free = new Map<RoutingChannel, FreeAgent[]>();
      channels.forEach((channel, index) => free.set(channel, freeAgentsOf(lists[index] ?? [])));
      return free;
    },
    async board(tenantId, perQueue) {
      const reply = (await SCRIPTS.board.run(client, [base(tenantId)], [perQueue])) as [string, string[], ...(string | string[])[]];
      const [version, rows, ...channels] = reply;
      const free = new Map<RoutingChannel, FreeAgent[]>();
      for (let i = 0; i + 1 < channels.length; i += 2) free.set(channels[i] as RoutingChannel, freeAgentsOf(channels[i + 1] as string[]));
      return { catalogVersion: Number(version), waiting: rows.map(parseContact), free };
    },
    async dueOffers(tenantId, now, limit) {
      const ids = await client.zrangebyscore(`${base(tenantId)}offers`, '-inf', now, 'LIMIT', 0, limit);
      if (ids.length === 0) return [];
      const rows = await client.hmget(`${base(tenantId)}contacts`, ...ids);
      return rows.flatMap((raw) => {
        const contact = raw ? parseContact(raw) : null;
        return contact?.offer ? [{ contactId: contact.contactId, offerId: contact.offer.offerId, agentId: contact.offer.agentId }] : [];
      });
    },
    async dueWrapUps(tenantId, now, limit) {
      return client.zrangebyscore(`${base(tenantId)}wrapups`, '-inf', now, 'LIMIT', 0, limit);
    },
    async lastAgent(tenantId, customerKey) {
      const raw = await client.hget(`${base(tenantId)}last`, customerKey);
      return raw ? parseJson(raw) : null;
    },
    async counters(tenantId, day) {
      const raw = await client.hgetall(`${base(tenantId)}counters:${day}`);
      const result = new Map<string, QueueCounters>();
      for (const [field, value] of Object.entries(raw)) {
        const at = field.lastIndexOf('|');
        const queueId = field.slice(0, at);
        const name = field.slice(at + 1) as keyof QueueCounters;
        result.set(queueId, { ...(result.get(queueId) ?? EMPTY_COUNTERS), [name]: Number(value) });
      }
      return result;
    },

    async enqueue(tenantId, contact) {
      await touch(tenantId);
      const reply = await run(SCRIPTS.enqueue, tenantId, [contact.contactId, JSON.stringify(contact)]);
      return { created: reply[0] === 'ok', contact: parseContact(reply[1] ?? '') };
    },
    async offer(tenantId, contactId, agentId, offer) {
      const reply = await run(SCRIPTS.offer, tenantId, [contactId, agentId, offer.offerId, offer.now, offer.timeoutSeconds, offer.day]);
      return refusalOf(reply) ?? { ok: true, contact: parseContact(reply[1] ?? ''), agent: parseAgent(reply[2] ?? '') };
    },
    async accept(tenantId, contactId, agentId, offerId, now, clock) {
      const reply = await run(SCRIPTS.accept, tenantId, [contactId, agentId, offerId, now, clock.day, clock.withinSeconds]);
      return refusalOf(reply) ?? { ok: true, contact: parseContact(reply[1] ?? ''), agent: parseAgent(reply[2] ?? '') };
    },
    async miss(tenantId, contactId, agentId, offerId, kind, now, policy) {
      const reply = await run(SCRIPTS.miss, tenantId, [contactId, agentId, offerId, kind, now, policy.maxMissesInARow, policy.day]);
      return refusalOf(reply) ?? { ok: true, contact: parseContact(reply[1] ?? ''), agent: parseAgent(reply[2] ?? ''), agentSetAway: reply[3] === '1' };
    },
    async setPresence(tenantId, agentId, presence, now, options = {}) {
      const reply = await run(SCRIPTS.presence, tenantId, [agentId, presence, now, options.onlyIfWrapUpDue ? '1' : '0']);
      const refused = refusalOf(reply);
      if (refused) return refused;
      const [, agent, previous, contactId, offerId] = reply;
      return { ok: true, agent: parseAgent(agent ?? ''), previous: previous as Presence, withdrawn: contactId ? { contactId, offerId: offerId ?? '' } : null };
    },
    async abandon(tenantId, contactId, now, clock) {
      const reply = await run(SCRIPTS.abandon, tenantId, [contactId, now, clock.day, clock.withinSeconds]);
      return refusalOf(reply) ?? { ok: true, contact: parseContact(reply[1] ?? ''), withdrawnFrom: reply[2] ? parseAgent(reply[2]) : null };
    },
    async wrapUp(tenantId, contactId, agentId, now, wrapUpSeconds) {
      const reply = await run(SCRIPTS.wrapUp, tenantId, [contactId, agentId, now, wrapUpSeconds]);
      return refusalOf(reply) ?? { ok: true, contact: parseContact(reply[1] ?? ''), agent: parseAgent(reply[2] ?? ''), previous: reply[3] as Presence };
    },
    async requeue(tenantId, contactId, target, now) {
      const reply = await run(SCRIPTS.requeue, tenantId, [contactId, target.queueId, target.pinnedAgentId ?? '', target.priority, target.waitingSince, now]);
      return (
        refusalOf(reply) ?? { ok: true, before: parseContact(reply[1] ?? ''), contact: parseContact(reply[2] ?? ''), released: reply[3] ? parseAgent(reply[3]) : null }
      );
    },
    async requestAgent(tenantId, contactId, now) {
      const reply = await run(SCRIPTS.requestAgent, tenantId, [contactId, now]);
      return refusalOf(reply) ?? { ok: true, contact: parseContact(reply[1] ?? '') };
    },
    async resolveBySelfService(tenantId, contactId, day) {
      const reply = await run(SCRIPTS.resolve, tenantId, [contactId, day]);
      return refusalOf(reply) ?? { ok: true, contact: parseContact(reply[1] ?? '') };
    },
    async requestCallback(tenantId, contactId, now, reason, day) {
      const reply = await run(SCRIPTS.requestCallback, tenantId, [contactId, now, reason, day]);
      return refusalOf(reply) ?? { ok: true, contact: parseContact(reply[1] ?? '') };
    },
    async markOverflow(tenantId, contactId, stepIndex) {
      return Number(await SCRIPTS.markOverflow.run(client, [base(tenantId)], [contactId, stepIndex])) === 1;
    },
    async close() {
      // The connection is the process's shared one (REDIS_CONNECTION); its owner closes it.
    },
  };
}

