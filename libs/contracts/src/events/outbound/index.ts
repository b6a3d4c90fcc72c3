export * from './outbound-event-types';
export * from './reply-author';
export * from './reply-requested';
export * from './reply-outcome';
