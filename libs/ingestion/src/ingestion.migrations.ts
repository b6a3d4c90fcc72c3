import type { SqlMigration } from '@switchboard/infra-sql';
import { channelMigrations } from './channels/channels.migrations';
import { dedupMigrations } from './dedup/sql/dedup.migrations';

/** Every table the ingestion owns, in order. */
export const ingestionMigrations: readonly SqlMigration[] = [...channelMigrations, ...dedupMigrations];
