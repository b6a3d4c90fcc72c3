import { hkdfSync, randomBytes } from 'node:crypto';
import type { SqlExecutor } from '@switchboard/infra-sql';

/** The two keys everything else is derived from the one master secret with (HKDF-SHA256). */
export interface TimelineSecrets {
  /** Keys the HMAC of identities and thread keys: searchable, meaningless without it. */
  readonly identityHashKey: Buffer;
  /** Wraps each customer's data key, so a copy of the database alone opens nothing. */
  readonly keyEncryptionKey: Buffer;
}

export const MIN_SECRET_LENGTH = 32;

export function deriveSecrets(masterSecret: string): TimelineSecrets {
  if (masterSecret.length < MIN_SECRET_LENGTH) throw new Error(`the timeline secret must be at least ${MIN_SECRET_LENGTH} characters`);
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', masterSecret, 'switchboard-timeline', purpose, 32));
  return { identityHashKey: derive('identity-hash'), keyEncryptionKey: derive('key-encryption') };
}

/**
 * The secret the app was given, or else one generated on first start and kept in the database.
 * The fallback keeps the embedded mode working out of the box, but a database copy then holds
 * both the wrapped keys and what unwraps them: production passes a secret from configuration.
 */
export async function resolveMasterSecret(db: SqlExecutor, given: string | undefined): Promise<{ secret: string; generated: boolean }> {
  if (given !== undefined) return { secret: given, generated: false };
  await db.query("insert into timeline_secrets (name, value) values ('master', $1) on conflict (name) do nothing", [randomBytes(32).toString('base64url')]);
  const row = await db.query<{ value: string }>("select value from timeline_secrets where name = 'master'");
  const secret = row.rows[0]?.value;
  if (!secret) throw new Error('the timeline secret could not be stored');
  return { secret, generated: true };
}
