// `npm test`: the whole suite. Builds the apps (end-to-end tests run the compiled processes),
// makes sure a Kafka broker answers on 127.0.0.1:9092 (starting the one from infra/kafka when
// Java is here), then runs unit, integration and end-to-end tests. Extra arguments go to Jest.
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  return result.status ?? 1;
}

function reachable(host, port) {
  return new Promise((resolvePromise) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(1500, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

if (run(process.execPath, [resolve(root, 'tools/build.mjs')]) !== 0) process.exit(1);

const brokers = process.env.TEST_KAFKA_BROKERS;
if (!brokers && !(await reachable('127.0.0.1', 9092))) {
  const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
  if (hasJava) {
    process.stdout.write('No Kafka broker on 127.0.0.1:9092: starting infra/kafka...\n');
    if (run('bash', [resolve(root, 'infra/kafka/start.sh')]) !== 0) process.stderr.write('Kafka did not start; Kafka suites will report it.\n');
  } else {
    process.stderr.write('No Kafka broker on 127.0.0.1:9092 and no Java to start one: Kafka suites will report it.\n');
  }
}

const jest = resolve(root, 'node_modules/jest/bin/jest.js');
const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' ') };
// --forceExit: on a 2-CPU machine Jest runs every suite in its own process (one worker), where a
// client left retrying by a failed test (a Kafka consumer, a socket) would keep it alive after the
// last result. Failures still fail; only the wait for a clean exit is cut short.
process.exit(run(process.execPath, [jest, '--forceExit', ...process.argv.slice(2)], env));
