import type { SqlExecutor } from '@switchboard/infra-sql';
import { PROJECTION_NAME, PROJECTION_SCHEMA_VERSION } from './projection-schema';

const toNumber = (value: string | number) => Number(value);

/**
 * Reads the checkpoint and locks its row until the transaction ends: two projectors (two instances
 * of the timeline service) then apply pages one after the other, and the second skips what the
 * first already applied.
 */
export async function lockCheckpoint(tx: SqlExecutor): Promise<number> {
  await tx.query('insert into timeline_checkpoint (projection, position, schema_version) values ($1, 0, $2) on conflict (projection) do nothing', [
    PROJECTION_NAME,
    PROJECTION_SCHEMA_VERSION,
  ]);
  const result = await tx.query<{ position: string | number }>('select position from timeline_checkpoint where projection = $1 for update', [PROJECTION_NAME]);
  return toNumber(result.rows[0]?.position ?? 0);
}

export async function saveCheckpoint(tx: SqlExecutor, position: number): Promise<void> {
  await tx.query('update timeline_checkpoint set position = $2 where projection = $1', [PROJECTION_NAME, position]);
}

export async function readCheckpoint(db: SqlExecutor): Promise<{ position: number; schemaVersion: number | null }> {
  const result = await db.query<{ position: string | number; schema_version: number }>('select position, schema_version from timeline_checkpoint where projection = $1', [PROJECTION_NAME]);
  const row = result.rows[0];
  return { position: row ? toNumber(row.position) : 0, schemaVersion: row ? row.schema_version : null };
}
