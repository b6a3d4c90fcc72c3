import { ConfigError, loadConfig } from './load-config';

function problemsOf(env: Record<string, string>, options = {}): string[] {
  try {
    loadConfig(env, options);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded mode', () => {
    const config = loadConfig({}, { cwd: '/srv/switchboard' });
    expect(config.mode).toBe('embedded');
    expect(config.eventStore.kind).toBe('pglite');
    expect(config.bus.kind).toBe('inprocess');
    expect(config.routingState.kind).toBe('memory');
    expect(config.database).toEqual({ kind: 'pglite', pgliteDir: '/srv/switchboard/.data/pglite' });
    expect(config.port).toBe(3000);
    expect(config.demo).toEqual({ seed: true, password: 'switchboard' });
    expect(config.auth.jwtSecretGenerated).toBe(true);
    expect(config.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('reads the timeline secret, and refuses a short one', () => {
    expect(loadConfig({}).timeline).toEqual({});
    expect(loadConfig({ TIMELINE_SECRET: 't'.repeat(32) }).timeline).toEqual({ secret: 't'.repeat(32) });
    expect(problemsOf({ TIMELINE_SECRET: 'short' })[0]).toMatch(/^TIMELINE_SECRET=.*at least 32/);
  });

  it('reads the bus secret, makes one per process for the in-process bus, requires one for Kafka, and refuses a short one', () => {
    expect(loadConfig({ BUS_SECRET: 'b'.repeat(32) }).bus).toMatchObject({ secret: 'b'.repeat(32), secretGenerated: false });
    const generated = loadConfig({}).bus;
    expect(generated.secretGenerated).toBe(true);
    expect(generated.secret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}).bus.secret).not.toBe(generated.secret);
    expect(problemsOf({ BUS: 'kafka' })).toContain('BUS_SECRET: required with BUS=kafka (every service on the bus must share it)');
    expect(problemsOf({ BUS_SECRET: 'short' })[0]).toMatch(/^BUS_SECRET=.*at least 32/);
  });

  it('names the bad variable and its value', () => {
    const problems = problemsOf({ BUS: 'rabbit', PORT: 'eighty' });
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.startsWith('BUS="rabbit"'))).toMatch(/inprocess, kafka/);
    expect(problems.find((p) => p.startsWith('PORT="eighty"'))).toBeDefined();
  });

  it('reads the distributed mode', () => {
    const config = loadConfig({
      EVENT_STORE: 'postgres',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      BUS: 'kafka',
      KAFKA_BROKERS: '127.0.0.1:9092,127.0.0.1:9094',
      ROUTING_STATE: 'redis',
      REDIS_URL: 'redis://127.0.0.1:6379',
      JWT_SECRET: 'x'.repeat(40),
      BUS_SECRET: 'y'.repeat(40),
      PORT: '8080',
    });
    expect(config.mode).toBe('distributed');
    expect(config.bus).toMatchObject({ kafkaBrokers: ['127.0.0.1:9092', '127.0.0.1:9094'], secret: 'y'.repeat(40), secretGenerated: false });
    expect(config.database.kind).toBe('postgres');
    expect(config.demo.seed).toBe(false);
    expect(config.auth).toMatchObject({ jwtSecret: 'x'.repeat(40), jwtSecretGenerated: false });
    expect(config.port).toBe(8080);
  });

  it('asks for what a choice needs', () => {
    expect(problemsOf({ EVENT_STORE: 'postgres' })).toContain('DATABASE_URL: required when EVENT_STORE=postgres');
    expect(problemsOf({ EVENT_STORE: 'kurrentdb' })).toContain('KURRENTDB_URL: required when EVENT_STORE=kurrentdb');
    expect(problemsOf({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://h/db' })).toContain(
      'JWT_SECRET: required in the distributed mode (DATABASE_URL is set)',
    );
    expect(problemsOf({ JWT_SECRET: 'short' })[0]).toMatch(/^JWT_SECRET=.*at least 32/);
  });

  it('keeps service apps in the distributed mode', () => {
    const problems = problemsOf({}, { requireDistributed: true });
    expect(problems).toEqual(['DATABASE_URL: required: this service runs in the distributed mode', 'BUS: must be kafka for this service (got inprocess)']);
  });

  it('ignores variables it does not own and empty values', () => {
    expect(loadConfig({ HOME: '/root', BUS: '' }).bus.kind).toBe('inprocess');
  });
});

describe('loadConfig: channels', () => {
  it('gives the demo channels development secrets and says which', () => {
    const config = loadConfig({ TWILIO_AUTH_TOKEN: 'from-the-environment', PORT: '4000' });
    expect(config.demoChannelSecrets.twilioAuthToken).toBe('from-the-environment');
    expect(config.demoChannelSecrets.metaAppSecret).toBe('dev-meta-app-secret');
    expect(config.demoChannelSecrets.defaulted).not.toContain('TWILIO_AUTH_TOKEN');
    expect(config.demoChannelSecrets.defaulted).toContain('META_APP_SECRET');
    expect(config.publicBaseUrl).toBe('http://127.0.0.1:4000');
  });

  it('takes the public base URL without its trailing slash', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://cc.example.com/' }).publicBaseUrl).toBe('https://cc.example.com');
  });
});
