export * from './sql-database';
export * from './migrations';
export * from './postgres/postgres-database';
export * from './pglite/pglite-database';
export * from './tokens';
