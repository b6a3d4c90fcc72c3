import { LUA_HELPERS } from './helpers.lua';

/**
 * ARGV: agentId, presence, now, onlyIfWrapUpDue ('1'|'0'). Mirrors `withdrawOffer` (when leaving
 * `available` with an offer pending) then `changePresence`.
 */
export const PRESENCE_LUA = `${LUA_HELPERS}
local a = jget('agents', ARGV[1])
if not a then return refuse('agent-unknown') end
local presence = ARGV[2]
local now = tonumber(ARGV[3])
if ARGV[4] == '1' and not (a.presence == 'wrap-up' and not isnull(a.wrapUpUntil) and a.wrapUpUntil <= now) then
  return refuse('agent-not-available')
end
local previous = a.presence
local withdrawnContact = ''
local withdrawnOffer = ''
if presence ~= 'available' and not isnull(a.offer) then
  local c = jget('contacts', a.offer.contactId)
  if c and c.status == 'offered' and not isnull(c.offer) and c.offer.agentId == a.agentId and c.offer.offerId == a.offer.offerId then
    withdrawnContact = c.contactId
    withdrawnOffer = a.offer.offerId
    c.status = 'waiting'
    c.offer = NULL
    saveContact(c)
    a.offer = NULL
  end
end
if not (a.presence == presence and isnull(a.wrapUpUntil)) then
  if a.presence ~= presence then a.presenceSince = now end
  if presence == 'available' then
    a.missesInARow = 0
    if a.presence ~= 'available' then a.idleSince = now end
  end
  a.presence = presence
  a.wrapUpUntil = NULL
end
saveAgent(a)
return {'ok', cjson.encode(a), previous, withdrawnContact, withdrawnOffer}
`;

/**
 * ARGV: agentId, profileJson, now, newAgentJson. Saves the profile (stored as given), copies its
 * capacity to the agent's live state or creates that state, and moves the catalogue version.
 */
export const PUT_PROFILE_LUA = `${LUA_HELPERS}
redis.call('HSET', base .. 'profiles', ARGV[1], ARGV[2])
redis.call('HINCRBY', base .. 'meta', 'version', 1)
local profile = cjson.decode(ARGV[2])
local a = jget('agents', ARGV[1])
if a then
  a.capacity = profile.capacity
  a.maxTotal = profile.maxTotal
else
  a = cjson.decode(ARGV[4])
end
saveAgent(a)
return cjson.encode(a)
`;
