// Customers and their timeline (see README.md): the Nest module, and the wiring for tools and benchmarks.
export * from './timeline.module';
export * from './timeline.options';
export * from './timeline.errors';
export * from './tokens';
export { createTimeline, type Timeline, type TimelineDependencies } from './create-timeline';
export { CustomerCommands, type Actor, type CustomerChanges, type IdentityInput } from './customers/customer-commands';
export { ConversationCommands, type ConversationChanges } from './conversations/conversation-commands';
export { rebuildTimeline, type RebuildProgress, type RebuildOptions } from './projection/rebuild-timeline';
export { dumpProjectionTables, PROJECTION_TABLES } from './projection/projection-schema';
export { timelineMigrations } from './persistence/timeline.migrations';
