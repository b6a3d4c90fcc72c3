import { createHash } from 'node:crypto';
import type Redis from 'ioredis';

/**
 * A Lua script run with EVALSHA (one round trip, the script cached by Redis), falling back to EVAL
 * once when Redis does not know it yet (first use, or after SCRIPT FLUSH / a restart).
 */
export class LuaScript {
  readonly sha: string;

  constructor(readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(client: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    try {
      return await client.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}
