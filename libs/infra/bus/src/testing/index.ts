// Test helpers only: never imported by production code (kept out of the library's index.ts).
export * from './bus.contract';
export * from './contract-fixtures';
export * from './sealing-fixtures';
export * from './sealing-bus.contract';
