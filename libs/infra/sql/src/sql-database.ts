/**
 * The SQL port. PostgreSQL (`pg`) in the distributed mode, PGlite (PostgreSQL compiled to WASM,
 * on disk under DATA_DIR) in the embedded one. Both run the same SQL and the same migrations,
 * so every SQL-backed adapter (event store, users, timeline, ...) is written once against this.
 */
export interface SqlQueryResult<Row> {
  readonly rows: Row[];
  readonly rowCount: number;
}

export interface SqlExecutor {
  /** Runs one parameterised statement (`$1`, `$2`, ...). */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlQueryResult<Row>>;
  /** Runs a script of one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlDatabase extends SqlExecutor {
  /** `pglite` or `postgres`: for health reports and the rare dialect-free difference in behaviour. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Resolves when the database answers a trivial query; throws otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** One migration: applied once, in order of `id`, recorded in `sb_migrations`. */
export interface SqlMigration {
  readonly id: string;
  readonly sql: string;
}
