/**
 * The whole configuration of a Switchboard process, read and validated once at start from the
 * environment (see `loadConfig`). Nothing else reads `process.env`.
 */
export type EventStoreKind = 'pglite' | 'postgres' | 'kurrentdb';
export type BusKind = 'inprocess' | 'kafka';
export type RoutingStateKind = 'memory' | 'redis';

export interface AppConfig {
  /** `embedded` when the SQL store is PGlite (one process, nothing else installed); `distributed` otherwise. */
  readonly mode: 'embedded' | 'distributed';
  readonly port: number;
  readonly dataDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Read models, users, channels, ...: PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR. */
  readonly database: { readonly kind: 'pglite' | 'postgres'; readonly url?: string; readonly pgliteDir: string };
  readonly eventStore: { readonly kind: EventStoreKind; readonly kurrentdbUrl?: string };
  readonly bus: {
    readonly kind: BusKind;
    readonly kafkaBrokers: readonly string[];
    readonly kafkaClientId: string;
    /**
     * What every message on the bus is sealed with (BUS_SECRET). Required with BUS=kafka, which
     * every service of the distributed mode uses; with the in-process bus, messages never leave the
     * process and a random secret per process does.
     */
    readonly secret: string;
    /** True when no BUS_SECRET was given (in-process bus only): a random one was made for this process. */
    readonly secretGenerated: boolean;
  };
  readonly routingState: { readonly kind: RoutingStateKind; readonly redisUrl?: string };
  readonly auth: {
    readonly jwtSecret: string;
    /** True when no JWT_SECRET was given (embedded mode only): a random one was made for this process. */
    readonly jwtSecretGenerated: boolean;
    readonly accessTokenTtlSeconds: number;
  };
  /**
   * The timeline's master secret (TIMELINE_SECRET). Required in the distributed mode by the services
   * that run the timeline; the embedded mode generates one on first start and keeps it in its database.
   */
  readonly timeline: { readonly secret?: string };
  /** The demo tenant and its users are seeded in the embedded mode only. */
  readonly demo: { readonly seed: boolean; readonly password: string };
  /** Time allowed for in-flight work to drain on SIGTERM before the process exits anyway. */
  readonly shutdownGraceMs: number;
  /** The URL providers and browsers reach this deployment at (default http://127.0.0.1:PORT). */
  readonly publicBaseUrl: string;
  /**
   * Secrets of the demo tenant's seeded channels. `defaulted` lists the ones not set in the
   * environment, which got a development default (printed at start; embedded mode only).
   */
  readonly demoChannelSecrets: {
    readonly twilioAuthToken: string;
    readonly metaAppSecret: string;
    readonly metaVerifyToken: string;
    readonly telegramSecretToken: string;
    readonly genericWebhookSecret: string;
    readonly emailInboundToken: string;
    readonly defaulted: readonly string[];
  };
}

/** Dependency-injection token for {@link AppConfig}. */
export const APP_CONFIG = 'switchboard:AppConfig';
