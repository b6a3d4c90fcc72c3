export * from './store-to-bus-relay';
export * from './event-relay.module';
