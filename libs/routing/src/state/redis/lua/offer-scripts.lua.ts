import { LUA_HELPERS } from './helpers.lua';

/** ARGV: contactId, agentId, offerId, now, timeoutSeconds, day. Mirrors `makeOffer`. */
export const OFFER_LUA = `${LUA_HELPERS}
local c = jget('contacts', ARGV[1])
if not c then return refuse('contact-unknown') end
local a = jget('agents', ARGV[2])
if not a then return refuse('agent-unknown') end
if c.status ~= 'waiting' then return refuse('contact-not-waiting') end
if not isnull(c.pinnedAgentId) and c.pinnedAgentId ~= a.agentId then return refuse('agent-not-pinned') end
if a.presence ~= 'available' then return refuse('agent-not-available') end
if not isnull(a.offer) then return refuse('agent-has-offer') end
if not hasRoom(a, c.channel) then return refuse('agent-at-capacity') end
local now = tonumber(ARGV[4])
c.status = 'offered'
c.offer = { offerId = ARGV[3], agentId = a.agentId, offeredAt = now, expiresAt = now + tonumber(ARGV[5]) * 1000 }
a.offer = { contactId = c.contactId, offerId = ARGV[3], channel = c.channel }
saveContact(c)
saveAgent(a)
count(ARGV[6], c.queueId, 'offered')
return {'ok', cjson.encode(c), cjson.encode(a)}
`;

/** ARGV: contactId, agentId, offerId, now, day, withinSeconds. Mirrors `acceptOffer`; a callback counts as `callbacksAnswered`, not `answered`. */
export const ACCEPT_LUA = `${LUA_HELPERS}
local c = jget('contacts', ARGV[1])
if not c then return refuse('contact-unknown') end
local a = jget('agents', ARGV[2])
if not a then return refuse('agent-unknown') end
if not isCurrentOffer(c, a, ARGV[3]) then return refuse('offer-not-current') end
local now = tonumber(ARGV[4])
if now >= c.offer.expiresAt then return refuse('offer-expired') end
local ch = c.channel
if a.load[ch] >= a.capacity[ch] or total(a) >= a.maxTotal then return refuse('agent-at-capacity') end
c.status = 'assigned'
c.offer = NULL
c.assignedAgentId = a.agentId
c.assignedAt = now
c.pinnedAgentId = NULL
a.offer = NULL
a.load[ch] = a.load[ch] + 1
a.idleSince = now
a.missesInARow = 0
saveContact(c)
saveAgent(a)
redis.call('SADD', assignedKey(a.agentId), c.contactId)
if not isnull(c.callback) then count(ARGV[5], c.queueId, 'callbacksAnswered')
else
  count(ARGV[5], c.queueId, 'answered')
  if now - c.waitingSince <= tonumber(ARGV[6]) * 1000 then count(ARGV[5], c.queueId, 'answeredWithinTarget') end
end
return {'ok', cjson.encode(c), cjson.encode(a)}
`;

/** ARGV: contactId, agentId, offerId, kind (declined|expired), now, maxMissesInARow, day. Mirrors `missOffer`. */
export const MISS_LUA = `${LUA_HELPERS}
local c = jget('contacts', ARGV[1])
if not c then return refuse('contact-unknown') end
local a = jget('agents', ARGV[2])
if not a then return refuse('agent-unknown') end
if not isCurrentOffer(c, a, ARGV[3]) then return refuse('offer-not-current') end
local now = tonumber(ARGV[5])
if ARGV[4] == 'expired' and now < c.offer.expiresAt then return refuse('offer-not-due') end
local misses = a.missesInARow + 1
local setAway = misses >= tonumber(ARGV[6]) and a.presence == 'available'
c.status = 'waiting'
c.offer = NULL
local missedBy = {}
if type(c.missedBy) == 'table' then for _, id in ipairs(c.missedBy) do table.insert(missedBy, id) end end
table.insert(missedBy, a.agentId)
c.missedBy = missedBy
a.offer = NULL
a.missesInARow = misses
if setAway then
  a.presence = 'away'
  a.presenceSince = now
  a.wrapUpUntil = NULL
end
saveContact(c)
saveAgent(a)
count(ARGV[7], c.queueId, 'missed')
return {'ok', cjson.encode(c), cjson.encode(a), setAway and '1' or '0'}
`;
