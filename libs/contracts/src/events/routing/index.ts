export * from './routing-values';
export * from './contact-events';
export * from './offer-events';
export * from './agent-events';
export * from './routing-event-types';
