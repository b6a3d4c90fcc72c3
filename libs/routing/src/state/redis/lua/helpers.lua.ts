/**
 * Lua shared by every routing script, prepended to each. KEYS[1] is the tenant's key prefix
 * (`<prefix>:{<tenant>}:`); every key a script touches starts with it, so all of a tenant's keys
 * share one hash slot (the `{tenant}` hash tag) and a script never spans slots on a cluster.
 *
 * The rules mirror `@switchboard/routing-domain` (offer-transitions, presence-transitions,
 * contact-transitions); the shared contract suite runs the same cases against this adapter and the
 * memory one, which calls the domain functions directly.
 */
export const LUA_HELPERS = `
local base = KEYS[1]
local CHANNELS = {'voice', 'chat', 'email', 'messaging', 'social'}
local NULL = cjson.null

local function isnull(v) return v == nil or v == NULL end

local function jget(hash, field)
  local raw = redis.call('HGET', base .. hash, field)
  if raw then return cjson.decode(raw) end
  return nil
end

-- Scores are written as exact integers: Lua would print large numbers with 14 digits only.
local function int(n) return string.format('%.0f', n) end

local function total(a)
  local t = 0
  for _, ch in ipairs(CHANNELS) do t = t + (a.load[ch] or 0) end
  return t
end

local function hasRoom(a, ch)
  return a.presence == 'available' and isnull(a.offer) and (a.load[ch] or 0) < (a.capacity[ch] or 0) and total(a) < a.maxTotal
end

-- Saves an agent and keeps the free-agent indexes (one per channel) and the wrap-up timers in step.
local function saveAgent(a)
  redis.call('HSET', base .. 'agents', a.agentId, cjson.encode(a))
  for _, ch in ipairs(CHANNELS) do
    if hasRoom(a, ch) then redis.call('ZADD', base .. 'free:' .. ch, int(a.idleSince), a.agentId)
    else redis.call('ZREM', base .. 'free:' .. ch, a.agentId) end
  end
  if a.presence == 'wrap-up' and not isnull(a.wrapUpUntil) then redis.call('ZADD', base .. 'wrapups', int(a.wrapUpUntil), a.agentId)
  else redis.call('ZREM', base .. 'wrapups', a.agentId) end
end

-- Saves a contact and keeps its queue's waiting line and the offer deadlines in step with its status.
local function saveContact(c)
  redis.call('HSET', base .. 'contacts', c.contactId, cjson.encode(c))
  local line = base .. 'waiting:' .. c.queueId
  if c.status == 'waiting' then
    redis.call('ZADD', line, int(-c.priority * 1e13 + c.waitingSince), c.contactId)
    redis.call('SADD', base .. 'lines', c.queueId)
  else redis.call('ZREM', line, c.contactId) end
  if c.status == 'offered' then redis.call('ZADD', base .. 'offers', int(c.offer.expiresAt), c.contactId)
  else redis.call('ZREM', base .. 'offers', c.contactId) end
end

-- The contacts each agent holds (set \`assigned:<agent>\`), kept by accept, wrap-up and requeue.
local function assignedKey(agentId) return base .. 'assigned:' .. agentId end

local function dropContact(c)
  redis.call('HDEL', base .. 'contacts', c.contactId)
  redis.call('ZREM', base .. 'waiting:' .. c.queueId, c.contactId)
  redis.call('ZREM', base .. 'offers', c.contactId)
end

local function count(day, queueId, field)
  local key = base .. 'counters:' .. day
  redis.call('HINCRBY', key, queueId .. '|' .. field, 1)
  redis.call('EXPIRE', key, 691200)
end

local function isCurrentOffer(c, a, offerId)
  return c.status == 'offered' and not isnull(c.offer) and c.offer.offerId == offerId and c.offer.agentId == a.agentId
    and not isnull(a.offer) and a.offer.offerId == offerId
end

local function refuse(reason) return {'no', reason} end
`;
