/**
 * Lets a route be called without an access token; every other route needs one (JwtAuthGuard is
 * global). One decorator for the whole platform, defined in runtime beside the health and metrics
 * routes that need it; re-exported here for the controllers of this library.
 */
export { Public } from '@switchboard/runtime';
