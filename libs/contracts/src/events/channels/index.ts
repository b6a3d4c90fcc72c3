export * from './sender-identity';
export * from './call-events';
export * from './message-events';
export * from './email-events';
export * from './channel-event-types';
