/** Dependency-injection token under which the composition root provides the app's {@link SqlDatabase}. */
export const SQL_DATABASE = 'switchboard:SqlDatabase';
