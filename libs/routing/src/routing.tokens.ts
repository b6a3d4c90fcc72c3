/** Dependency-injection tokens of the routing library. */
export const ROUTING_STATE = 'switchboard:RoutingState';
export const ROUTING_ENGINE = 'switchboard:RoutingEngine';
export const ROUTING_OPTIONS = 'switchboard:RoutingOptions';
