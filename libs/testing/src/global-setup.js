// Probes PostgreSQL, Redis and Kafka once per test run and tells the test workers which answered
// (through SB_TEST_SERVICES_UP). Suites that need a service consult it via `describeWithServices`.
const net = require('node:net');
const endpoints = require('./service-endpoints');

function reachable(host, port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function hostPort(url, defaultPort) {
  const parsed = new URL(url);
  return [parsed.hostname, Number(parsed.port || defaultPort)];
}

module.exports = async function globalSetup() {
  if (process.env.SB_TEST_SERVICES_UP !== undefined) return;
  const [kafkaHost, kafkaPort] = endpoints.kafkaBrokers[0].split(':');
  const checks = {
    postgres: reachable(...hostPort(endpoints.postgresUrl, 5432)),
    redis: reachable(...hostPort(endpoints.redisUrl, 6379)),
    kafka: reachable(kafkaHost, Number(kafkaPort)),
  };
  const up = [];
  for (const [name, check] of Object.entries(checks)) if (await check) up.push(name);
  process.env.SB_TEST_SERVICES_UP = up.join(',');
  const down = Object.keys(checks).filter((name) => !up.includes(name));
  if (down.length > 0) {
    const ci = process.env.CI === 'true';
    process.stderr.write(
      `\n[switchboard tests] not reachable: ${down.join(', ')}. ` +
        (ci ? 'CI=true: suites that need them will FAIL.\n' : 'Suites that need them will be reported as SKIPPED.\n'),
    );
  }
};
