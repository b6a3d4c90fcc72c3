import { Module, type DynamicModule } from '@nestjs/common';
import { EventRelayModule } from '@switchboard/event-relay';
import { IdentityAccessModule, TenantsService } from '@switchboard/identity-access';
import { IngestionModule } from '@switchboard/ingestion';
import { RuntimeModule, startApp, type RunningApp } from '@switchboard/runtime';
import { TimelineModule, type TimelineModuleOptions } from '@switchboard/timeline';

export const BENCH_SECRET = 'a-benchmark-timeline-secret-that-is-long-enough';
export const PUBLIC_BASE_URL = 'https://hooks.bench.example';

@Module({})
class BenchRoot {}

export interface BenchPlatformOptions {
  readonly env: Readonly<Record<string, string>>;
  /** Ingestion's webhooks on this channel-events topic; none: no ingestion. */
  readonly channelEventsTopic?: string;
  /** The timeline module (default true); a gateway-only process runs without it. */
  readonly timelineModule?: boolean;
  /** The store-to-bus event relay, as a deployment runs it beside the timeline. */
  readonly relay?: boolean;
  readonly timeline?: TimelineModuleOptions;
}

/** The platform's modules through the real bootstrap, as the `platform` app composes them. */
export function startBenchPlatform(options: BenchPlatformOptions): Promise<RunningApp> {
  const topic = options.channelEventsTopic;
  return startApp(
    {
      name: 'bench',
      rootModule: (config, adapters): DynamicModule => ({
        module: BenchRoot,
        imports: [
          RuntimeModule.forRoot({ config, adapters, appName: 'bench' }),
          IdentityAccessModule.forRoot({ jwtSecret: config.auth.jwtSecret, accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds, demo: { seed: false, password: '' } }),
          ...(topic ? [IngestionModule.forRoot({ topics: { channelEvents: topic, outboundMessages: `${topic}.outbound` }, outbound: false })] : []),
          ...(options.relay ? [EventRelayModule] : []),
          ...(options.timelineModule === false ? [] : [TimelineModule.forRoot({ secret: BENCH_SECRET, ...(topic ? { channelEventsTopic: topic } : {}), ...options.timeline })]),
        ],
      }),
    },
    // The process environment first: a spawned bench server gets its database and broker there.
    { env: { ...process.env, LOG_LEVEL: 'silent', JWT_SECRET: 'a-benchmark-jwt-secret-that-is-long-enough-0123', PUBLIC_BASE_URL, ...options.env }, port: 0 },
  );
}

/** A tenant with an admin, logged in: the benchmark's caller (admins may do what agents do). */
export async function benchTenant(running: RunningApp, tenantId: string): Promise<string> {
  const admin = { email: `admin@${tenantId}.bench`, password: 'bench-admin-password' };
  await running.app.get(TenantsService).createTenant({ id: tenantId, name: 'Bench', admin });
  const response = await fetch(`${running.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}
