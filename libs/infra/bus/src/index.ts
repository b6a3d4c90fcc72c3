// The library's public surface: the port, its errors and the two adapters. The shared contract
// suite lives in ./testing and is imported by specs only.
export * from './bus';
export * from './errors';
export * from './tokens';
export type { BusLogger } from './bus-logger';
export { createInProcessBus, DEFAULT_IN_PROCESS_PARTITIONS } from './in-process/in-process-bus';
export type { InProcessBusOptions } from './in-process/in-process-bus';
export { createKafkaBus } from './kafka/kafka-bus';
export type { KafkaBusOptions } from './kafka/kafka-bus-options';
