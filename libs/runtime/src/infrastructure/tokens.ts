/** The opened adapters as one value, for the few places (shutdown, readiness) that need them all. */
export const ADAPTERS = 'switchboard:Adapters';
