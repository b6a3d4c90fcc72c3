/** Dependency-injection token under which the composition root provides the app's {@link EventStore}. */
export const EVENT_STORE = 'switchboard:EventStore';
