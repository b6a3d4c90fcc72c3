/**
 * Leases of the timer-driven passes, one hash for all tenants (KEYS[1], `<prefix>:leases`, field:
 * tenant, value: `<routerId>|<until ms>`), so one call per tick serves every tenant. Not prefixed
 * with the tenant helpers: it is the only script that spans tenants, and it touches one key.
 */

/**
 * ARGV: routerId, now, ttlMs, tenantId... Returns the tenants the router holds now. One HMGET and at
 * most one HSET per 500 tenants (Lua's `unpack` has a stack limit of a few thousand values).
 */
export const CLAIM_TIMED_PASSES_LUA = `
local now = tonumber(ARGV[2])
local value = ARGV[1] .. '|' .. string.format('%.0f', now + tonumber(ARGV[3]))
local out = {}
for first = 4, #ARGV, 500 do
  local tenants = {}
  for i = first, math.min(first + 499, #ARGV) do tenants[#tenants + 1] = ARGV[i] end
  local held = redis.call('HMGET', KEYS[1], unpack(tenants))
  local writes = {}
  for i, tenant in ipairs(tenants) do
    local owner, expires = nil, 0
    if held[i] then
      owner, expires = string.match(held[i], '^(.*)|(%d+)$')
      expires = tonumber(expires) or 0
    end
    if not held[i] or owner == ARGV[1] or expires <= now then
      out[#out + 1] = tenant
      writes[#writes + 1] = tenant
      writes[#writes + 1] = value
    end
  end
  if #writes > 0 then redis.call('HSET', KEYS[1], unpack(writes)) end
end
return out
`;

/** ARGV: routerId. Drops the router's leases. */
export const RELEASE_TIMED_PASSES_LUA = `
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  if string.match(all[i + 1], '^(.*)|%d+$') == ARGV[1] then redis.call('HDEL', KEYS[1], all[i]) end
end
return 0
`;
