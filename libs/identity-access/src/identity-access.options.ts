/** What the composition root tells the module; taken from AppConfig there, never from the environment here. */
export interface IdentityAccessOptions {
  /** HS256 signing secret of access tokens. */
  readonly jwtSecret: string;
  readonly accessTokenTtlSeconds: number;
  /** Seed the demo tenant and its users at start (embedded mode), all with `password`. */
  readonly demo: { readonly seed: boolean; readonly password: string };
}

/** Dependency-injection token for {@link IdentityAccessOptions}. */
export const IDENTITY_ACCESS_OPTIONS = 'switchboard:IdentityAccessOptions';

/** Fails fast at wiring time rather than at the first login. */
export function assertValidOptions(options: IdentityAccessOptions): void {
  if (options.jwtSecret.length === 0) throw new Error('IdentityAccessModule: jwtSecret must not be empty');
  const ttl = options.accessTokenTtlSeconds;
  if (!Number.isInteger(ttl) || ttl <= 0) {
    throw new Error(`IdentityAccessModule: accessTokenTtlSeconds must be a positive integer, got ${ttl}`);
  }
}
