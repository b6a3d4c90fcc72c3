export * from './sealed-field';
export * from './customer-values';
export * from './customer-events';
export * from './conversation-values';
export * from './conversation-events';
export * from './timeline-event-types';
export * from './map-personal';
