import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';
import { Type } from 'class-transformer';

const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: [] as string[] };

/** Every environment variable Switchboard reads, with its rules. Names are the variables' own. */
export class EnvironmentSchema {
  @IsOptional() @IsIn(['pglite', 'postgres', 'kurrentdb']) EVENT_STORE?: string;
  @IsOptional() @IsUrl({ ...URL_OPTIONS, protocols: ['postgres', 'postgresql'] }) DATABASE_URL?: string;
  @IsOptional() @IsUrl({ ...URL_OPTIONS, protocols: ['kurrentdb', 'esdb', 'kdb', 'kurrentdb+discover', 'esdb+discover'] }) KURRENTDB_URL?: string;
  @IsOptional() @IsIn(['inprocess', 'kafka']) BUS?: string;
  @IsOptional() @Matches(/^[^\s,:]+:\d{1,5}(,[^\s,:]+:\d{1,5})*$/, { message: 'KAFKA_BROKERS must be host:port[,host:port...]' })
  KAFKA_BROKERS?: string;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9._-]+$/) KAFKA_CLIENT_ID?: string;
  /** Secret every message on the bus is sealed with (and its key hashed with); shared by every process on one bus. */
  @IsOptional() @IsString() @MinLength(32, { message: 'BUS_SECRET must be at least 32 characters' }) BUS_SECRET?: string;
  @IsOptional() @IsIn(['memory', 'redis']) ROUTING_STATE?: string;
  @IsOptional() @IsUrl({ ...URL_OPTIONS, protocols: ['redis', 'rediss'] }) REDIS_URL?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @IsString() @MinLength(1) DATA_DIR?: string;
  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' }) JWT_SECRET?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(60) @Max(7 * 24 * 3600) ACCESS_TOKEN_TTL_SECONDS?: number;
  /** Master secret of the timeline's personal-data keys (identity hashes, wrapped customer keys). */
  @IsOptional() @IsString() @MinLength(32, { message: 'TIMELINE_SECRET must be at least 32 characters' }) TIMELINE_SECRET?: string;
  @IsOptional() @IsString() @MinLength(8, { message: 'DEMO_PASSWORD must be at least 8 characters' }) DEMO_PASSWORD?: string;
  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(600000) SHUTDOWN_GRACE_MS?: number;
  /** The URL providers reach this deployment at; webhook URLs and signatures are built from it. */
  @IsOptional() @IsUrl({ ...URL_OPTIONS, protocols: ['http', 'https'] }) PUBLIC_BASE_URL?: string;
  // Secrets of the demo tenant's seeded channels (embedded mode); development defaults otherwise.
  @IsOptional() @IsString() @MinLength(8) TWILIO_AUTH_TOKEN?: string;
  @IsOptional() @IsString() @MinLength(8) META_APP_SECRET?: string;
  @IsOptional() @IsString() @MinLength(8) META_VERIFY_TOKEN?: string;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{8,256}$/, { message: 'TELEGRAM_SECRET_TOKEN must be 8-256 of A-Z a-z 0-9 _ -' })
  TELEGRAM_SECRET_TOKEN?: string;
  @IsOptional() @IsString() @MinLength(16) GENERIC_WEBHOOK_SECRET?: string;
  @IsOptional() @IsString() @MinLength(16) EMAIL_INBOUND_TOKEN?: string;
}

/** The variables the schema knows, for error messages and documentation. */
export const ENVIRONMENT_VARIABLES = Object.keys(new EnvironmentSchema()) as (keyof EnvironmentSchema)[];
