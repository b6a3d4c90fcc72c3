import { LUA_HELPERS } from './helpers.lua';

/** ARGV: contactId, contactJson. Adds the contact unless one with its id is routed already. */
export const ENQUEUE_LUA = `${LUA_HELPERS}
local existing = redis.call('HGET', base .. 'contacts', ARGV[1])
if existing then return {'exists', existing} end
local c = cjson.decode(ARGV[2])
saveContact(c)
return {'ok', ARGV[2]}
`;

/** ARGV: contactId, now, day, withinSeconds. Mirrors `abandonContact`. */
export const ABANDON_LUA = `${LUA_HELPERS}
local c = jget('contacts', ARGV[1])
if not c then return refuse('contact-unknown') end
if not isnull(c.callback) then return refuse('contact-is-callback') end
if c.status == 'assigned' then return refuse('contact-assigned') end
local released = ''
if c.status == 'offered' and not isnull(c.offer) then
  local a = jget('agents', c.offer.agentId)
  if a and not isnull(a.offer) and a.offer.offerId == c.offer.offerId then
    a.offer = NULL
    saveAgent(a)
    released = cjson.encode(a)
  end
end
dropContact(c)
if c.status ~= 'self-service' then
  count(ARGV[3], c.queueId, 'abandoned')
  if tonumber(ARGV[2]) - c.waitingSince <= tonumber(ARGV[4]) * 1000 then count(ARGV[3], c.queueId, 'abandonedWithinTarget') end
end
return {'ok', cjson.encode(c), released}
`;

/** ARGV: contactId, agentId, now, wrapUpSeconds. Mirrors `wrapUpContact`; remembers the customer's last agent. */
export const WRAP_UP_LUA = `${LUA_HELPERS}
local c = jget('contacts', ARGV[1])
if not c then return refuse('contact-unknown') end
local a = jget('agents', ARGV[2])
if not a then return refuse('agent-unknown') end
if c.status ~= 'assigned' or c.assignedAgentId ~= a.agentId then return refuse('contact-not-assigned') end
local now = tonumber(ARGV[3])
local seconds = tonumber(ARGV[4])
local previous = a.presence
a.load[c.channel] = math.max(0, a.load[c.channel] - 1)
a.idleSince = now
if seconds > 0 and a.presence == 'available' then
  a.presence = 'wrap-up'
  a.presenceSince = now
  a.wrapUpUntil = now + seconds * 1000
end
saveAgent(a)
dropContact(c)
redis.call('SREM', assignedKey(a.agentId), c.contactId)
if not isnull(c.customerKey) then
  redis.call('HSET', base .. 'last', c.customerKey, cjson.encode({ agentId = a.agentId, at = now }))
end
return {'ok', cjson.encode(c), cjson.encode(a), previous}
`;

/** ARGV: contactId, queueId, pinnedAgentId ('' for none), priority, waitingSince, now. Mirrors `requeueContact`. */
export const REQUEUE_LUA = `${LUA_HELPERS}
local raw = redis.call('HGET', base .. 'contacts', ARGV[1])
if not raw then return refuse('contact-unknown') end
local c = cjson.decode(raw)
if c.status == 'self-service' then return refuse('contact-not-waiting') end
local now = tonumber(ARGV[6])
local released = ''
local releasedId = nil
if c.status == 'assigned' and not isnull(c.assignedAgentId) then
  redis.call('SREM', assignedKey(c.assignedAgentId), c.contactId)
  local a = jget('agents', c.assignedAgentId)
  if a then
    a.load[c.channel] = math.max(0, a.load[c.channel] - 1)
    a.idleSince = now
    saveAgent(a)
    released = cjson.encode(a)
    releasedId = a.agentId
  end
elseif c.status == 'offered' and not isnull(c.offer) then
  local a = jget('agents', c.offer.agentId)
  if a and not isnull(a.offer) and a.offer.offerId == c.offer.offerId then
    a.offer = NULL
    saveAgent(a)
    released = cjson.encode(a)
    releasedId = a.agentId
  end
end
redis.call('ZREM', base .. 'waiting:' .. c.queueId, c.contactId)
c.status = 'waiting'
c.queueId = ARGV[2]
if ARGV[3] == '' then c.pinnedAgentId = NULL else c.pinnedAgentId = ARGV[3] end
c.priority = tonumber(ARGV[4])
c.waitingSince = tonumber(ARGV[5])
c.offer = NULL
c.assignedAgentId = NULL
c.assignedAt = NULL
c.affinityAgentId = NULL
c.affinityUntil = NULL
if releasedId then c.missedBy = {releasedId} else c.missedBy = {} end
c.overflowApplied = {}
saveContact(c)
return {'ok', raw, cjson.encode(c), released}
`;

/** ARGV: contactId, now. Mirrors `requestAgent`. */
export const REQUEST_AGENT_LUA = `${LUA_HELPERS}
local c = jget('contacts', ARGV[1])
if not c then return refuse('contact-unknown') end
if c.status ~= 'self-service' then return refuse('contact-not-self-service') end
c.status = 'waiting'
c.waitingSince = tonumber(ARGV[2])
saveContact(c)
return {'ok', cjson.encode(c)}
`;

/** ARGV: contactId, day. Mirrors `resolveBySelfService`. */
export const RESOLVE_LUA = `${LUA_HELPERS}
local c = jget('contacts', ARGV[1])
if not c then return refuse('contact-unknown') end
if c.status ~= 'self-service' and c.status ~= 'waiting' then return refuse('contact-not-waiting') end
dropContact(c)
count(ARGV[2], c.queueId, 'selfServiceResolved')
return {'ok', cjson.encode(c)}
`;

/** ARGV: contactId, now, reason, day. Mirrors `requestCallback`. */
export const REQUEST_CALLBACK_LUA = `${LUA_HELPERS}
local c = jget('contacts', ARGV[1])
if not c then return refuse('contact-unknown') end
if c.channel ~= 'voice' then return refuse('contact-not-voice') end
if not isnull(c.callback) then return refuse('contact-is-callback') end
if c.status ~= 'waiting' then return refuse('contact-not-waiting') end
c.callback = { requestedAt = tonumber(ARGV[2]), reason = ARGV[3] }
saveContact(c)
count(ARGV[4], c.queueId, 'callbacksRequested')
return {'ok', cjson.encode(c)}
`;

/**
 * ARGV: agentId. The contacts assigned to the agent, as stored contact JSON. Members that no longer
 * hold (a path that forgot to remove one) are removed here, so the set cannot grow stale.
 */
export const ASSIGNED_TO_LUA = `${LUA_HELPERS}
local key = assignedKey(ARGV[1])
local ids = redis.call('SMEMBERS', key)
if #ids == 0 then return {} end
local rows = redis.call('HMGET', base .. 'contacts', unpack(ids))
local out = {}
for i, id in ipairs(ids) do
  local row = rows[i]
  local c = row and cjson.decode(row)
  if c and c.status == 'assigned' and c.assignedAgentId == ARGV[1] then table.insert(out, row)
  else redis.call('SREM', key, id) end
end
return out
`;

/** ARGV: contactId, stepIndex. 1 when the step is newly marked, 0 when it already was (or the contact is gone). */
export const MARK_OVERFLOW_LUA = `${LUA_HELPERS}
local c = jget('contacts', ARGV[1])
if not c then return 0 end
local index = tonumber(ARGV[2])
local applied = {}
if type(c.overflowApplied) == 'table' then
  for _, i in ipairs(c.overflowApplied) do
    if i == index then return 0 end
    table.insert(applied, i)
  end
end
table.insert(applied, index)
c.overflowApplied = applied
redis.call('HSET', base .. 'contacts', c.contactId, cjson.encode(c))
return 1
`;

/** ARGV: perQueue. The heads of every waiting line, as stored contact JSON. */
export const WAITING_HEADS_LUA = `${LUA_HELPERS}
local out = {}
local n = tonumber(ARGV[1])
for _, queueId in ipairs(redis.call('SMEMBERS', base .. 'lines')) do
  local ids = redis.call('ZRANGE', base .. 'waiting:' .. queueId, 0, n - 1)
  if #ids > 0 then
    local rows = redis.call('HMGET', base .. 'contacts', unpack(ids))
    for _, row in ipairs(rows) do if row then table.insert(out, row) end end
  end
end
return out
`;

/**
 * ARGV: perQueue. One pass's board: {catalogVersion, {contactJson...}, {channel, {agentId, idleSince, ...}}...}.
 * Only the channels the waiting contacts need are read (the channel is found in the stored JSON).
 */
export const BOARD_LUA = `${LUA_HELPERS}
local n = tonumber(ARGV[1])
local contacts = {}
local needed = {}
for _, queueId in ipairs(redis.call('SMEMBERS', base .. 'lines')) do
  local ids = redis.call('ZRANGE', base .. 'waiting:' .. queueId, 0, n - 1)
  if #ids > 0 then
    local rows = redis.call('HMGET', base .. 'contacts', unpack(ids))
    for _, row in ipairs(rows) do
      if row then
        table.insert(contacts, row)
        local channel = string.match(row, '"channel":"([%a-]+)"')
        if channel then needed[channel] = true end
      end
    end
  end
end
local out = { redis.call('HGET', base .. 'meta', 'version') or '0', contacts }
for _, ch in ipairs(CHANNELS) do
  if needed[ch] then
    table.insert(out, ch)
    table.insert(out, redis.call('ZRANGE', base .. 'free:' .. ch, 0, -1, 'WITHSCORES'))
  end
end
return out
`;
