// The routing library's public surface: the module, its facade and what the facade speaks.
export * from './routing.module';
export * from './routing.facade';
export * from './routing.options';
export * from './routing.errors';
export { ROUTING_ENGINE, ROUTING_STATE } from './routing.tokens';
export type { RoutingState } from './state/routing-state';
export { createMemoryRoutingState } from './state/memory/memory-routing-state';
export { createRedisRoutingState, ROUTING_LUA_SOURCES } from './state/redis/redis-routing-state';
export { RoutingEngine, DEFAULT_POLICY, type RoutingPolicy } from './engine/routing-engine';
export { RoutingRecorder, type RoutingEventSink } from './recording/routing-recorder';
export { routingStream } from './recording/routing-stream';
export type { ExplanationStep } from './explaining/routing-explainer';
export type { Article } from './knowledge-base/article';
