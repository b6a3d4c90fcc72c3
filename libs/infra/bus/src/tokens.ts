/** Dependency-injection token under which the composition root provides the app's {@link Bus}. */
export const BUS = 'switchboard:Bus';
