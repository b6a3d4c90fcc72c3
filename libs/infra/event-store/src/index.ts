export * from './event-store';
export * from './errors';
export * from './tokens';
export * from './sql/sql-event-store';
export * from './sql/event-store.migrations';
export * from './kurrentdb/kurrentdb-event-store';
