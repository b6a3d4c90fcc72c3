// Pure rules of customers, conversations and their timeline: deciders, identity resolution and
// threading rules, timeline shaping, the as-of fold. No NestJS, no I/O, no clock (see README.md).
export * from './personal';
export * from './errors';
export * from './decider';
export * from './customer/customer.state';
export * from './customer/customer.commands';
export * from './customer/customer.decide';
export * from './customer/customer.evolve';
export * from './customer/customer.decider';
export * from './conversation/conversation.state';
export * from './conversation/conversation.commands';
export * from './conversation/conversation.decide';
export * from './conversation/conversation.evolve';
export * from './conversation/conversation.decider';
export * from './identity/resolution-key';
export * from './threading/thread-rule';
export * from './threading/choose-conversation';
export * from './intake/intake-plan';
export * from './intake/plan-intake';
export * from './timeline/timeline-entry';
export * from './timeline/routing-step';
export * from './timeline/timeline-changes';
export * from './timeline/conversation-view';
export * from './timeline/customer-as-of';
export * from './intake/contact-activity';
