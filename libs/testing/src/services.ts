import { randomBytes } from 'node:crypto';

export type TestService = 'postgres' | 'redis' | 'kafka';

const endpoints = require('./service-endpoints') as { postgresUrl: string; redisUrl: string; kafkaBrokers: string[] };

export const testEndpoints = endpoints;

function servicesUp(): Set<string> {
  return new Set((process.env['SB_TEST_SERVICES_UP'] ?? '').split(',').filter(Boolean));
}

/**
 * `describe` for suites that need real services. When a service is missing:
 * under CI (`CI=true`) the suite FAILS with the reason; elsewhere it is skipped and says so loudly.
 */
export function describeWithServices(services: readonly TestService[], name: string, body: () => void): void {
  const up = servicesUp();
  const missing = services.filter((service) => !up.has(service));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const reason = `needs ${missing.join(', ')}, not reachable (${JSON.stringify(endpoints)})`;
  if (process.env['CI'] === 'true') {
    describe(name, () => {
      it(`has its services (${services.join(', ')})`, () => {
        throw new Error(`${reason}; CI=true requires every service`);
      });
    });
    return;
  }
  console.warn(`SKIPPED "${name}": ${reason}`);
  describe.skip(`${name} [SKIPPED: ${reason}]`, body);
}

/** A short random suffix for per-test topics, groups, schemas and keys. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
}

/** Polls `probe` until it returns a truthy value or the deadline passes (no sleeps in tests). */
export async function waitFor<T>(probe: () => T | Promise<T>, options: { timeoutMs?: number; intervalMs?: number; what?: string } = {}): Promise<NonNullable<T>> {
  const deadline = Date.now() + (options.timeoutMs ?? 15000);
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${options.what ?? 'condition'}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 25));
  }
}
