// The library's public surface: the port, its errors, the two adapters and the sealing decorator.
// The shared contract suite lives in ./testing and is imported by specs only.
export * from './bus';
export * from './errors';
export * from './tokens';
export type { BusLogger } from './bus-logger';
export { createInProcessBus, DEFAULT_IN_PROCESS_PARTITIONS } from './in-process/in-process-bus';
export type { InProcessBusOptions } from './in-process/in-process-bus';
export { createKafkaBus } from './kafka/kafka-bus';
export type { KafkaBusOptions } from './kafka/kafka-bus-options';
export { createSealingBus } from './sealing/sealing-bus';
export type { SealingBusOptions } from './sealing/sealing-bus';
export { createEnvelopeSealer } from './sealing/envelope-sealer';
export type { EnvelopeSealer, EnvelopeSealerOptions, SealedMessage } from './sealing/envelope-sealer';
export { MIN_BUS_SECRET_LENGTH } from './sealing/bus-keys';
export { SealedMessageUnreadable } from './sealing/sealed-message-unreadable';
