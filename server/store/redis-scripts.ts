// The Lua that makes each Redis store operation atomic across every instance: one script per operation,
// run with EVALSHA (loaded on first use). Times come from Redis's own clock (TIME), so instances whose
// clocks disagree still share one window. Mirrors sliding-window.ts and memory-relay.ts.

/** KEYS[1] budget · ARGV limit, expire-at (ms) → 1 spent, 0 none left */
export const SPEND_CALL = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used >= tonumber(ARGV[1]) then return 0 end
redis.call('INCR', KEYS[1])
redis.call('PEXPIREAT', KEYS[1], ARGV[2])
return 1`

/** KEYS[1] budget → never below zero; the key keeps its expiry */
export const REFUND_CALL = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used > 0 then redis.call('DECR', KEYS[1]) end
return 1`

/** KEYS[1] sorted set of hit times · ARGV limit, window (ms), unique member → {1, 0} or {0, retry-after ms} */
export const HIT_RATE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
if count < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return {1, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
return {0, math.max(1, tonumber(oldest[2]) + window - now)}`

/** KEYS[1] used-marker, KEYS[2] data · ARGV ciphertext, ttl (ms), wake-up channel → 1 stored, 0 already used */
export const RELAY_PUT = `
if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[2]) then return 0 end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
redis.call('PUBLISH', ARGV[3], '1')
return 1`

/** KEYS[1] used, KEYS[2] data · ARGV ciphertext, ttl (ms), wake-up topic → 1: a taken message put back */
export const RELAY_GIVE_BACK = `
redis.call('SET', KEYS[1], '1', 'PX', ARGV[2])
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
redis.call('PUBLISH', ARGV[3], '1')
return 1`

/** KEYS[1] claim · ARGV claimant, ttl (ms) → 1 claimed (or re-claimed by the same device), 0 refused */
export const RELAY_CLAIM = `
local current = redis.call('GET', KEYS[1])
if current and current ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`
