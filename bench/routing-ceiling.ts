import type Redis from 'ioredis';
import { createHash } from 'node:crypto';

/**
 * Redis's own EVALSHA rate from one client, for a script the size of the routing's offer script
 * whose body returns at once: the ceiling any Lua-based assignment can approach from this client.
 * Measured one call at a time (a router awaiting each step) and with `inFlight` calls pipelined.
 */
export async function evalshaCeiling(client: Redis, sameSizeAs: string, options: { calls: number; inFlight: number }): Promise<{ sequentialPerSecond: number; pipelinedPerSecond: number; scriptBytes: number }> {
  const source = `if ARGV[1] == 'noop' then return 1 end\n${sameSizeAs}`;
  const sha = createHash('sha1').update(source).digest('hex');
  await client.script('LOAD', source);
  const key = 'bench:routing:ceiling:{t}:';
  const sequentialCalls = Math.max(1000, Math.floor(options.calls / 5));
  let started = performance.now();
  for (let i = 0; i < sequentialCalls; i += 1) await client.evalsha(sha, 1, key, 'noop');
  const sequentialPerSecond = sequentialCalls / ((performance.now() - started) / 1000);
  started = performance.now();
  for (let done = 0; done < options.calls; done += options.inFlight) {
    await Promise.all(Array.from({ length: Math.min(options.inFlight, options.calls - done) }, () => client.evalsha(sha, 1, key, 'noop')));
  }
  const pipelinedPerSecond = options.calls / ((performance.now() - started) / 1000);
  return { sequentialPerSecond: Math.round(sequentialPerSecond), pipelinedPerSecond: Math.round(pipelinedPerSecond), scriptBytes: Buffer.byteLength(source) };
}

/** Redis's own count of commands (and EVALSHA calls) so far, from INFO commandstats. */
export async function commandCounts(client: Redis): Promise<{ total: number; evalsha: number; evalshaUsec: number }> {
  const info = await client.info('commandstats');
  let total = 0;
  let evalsha = 0;
  let evalshaUsec = 0;
  for (const line of info.split('\n')) {
    const match = /^cmdstat_([^:]+):calls=(\d+),usec=(\d+)/.exec(line.trim());
    if (!match) continue;
    total += Number(match[2]);
    if (match[1] === 'evalsha') {
      evalsha = Number(match[2]);
      evalshaUsec = Number(match[3]);
    }
  }
  return { total, evalsha, evalshaUsec };
}
