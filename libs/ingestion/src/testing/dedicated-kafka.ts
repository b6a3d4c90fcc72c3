import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const scripts = resolve(__dirname, '../../../../infra/kafka');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * A throw-away single-node broker of our own, for tests that stop Kafka: the shared broker on
 * 9092 serves other suites and must never be stopped. Started and stopped with the project's
 * scripts (KAFKA_PORT / KAFKA_CONTROLLER_PORT / KAFKA_RUN_DIR); each start is a fresh, empty cluster
 * unless the stop before it kept the data (`keepData`), to restart on what the broker had written.
 */
export class DedicatedKafka {
  private constructor(
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly runDir: string,
  ) {}

  static async create(): Promise<DedicatedKafka> {
    const port = await freePort();
    let controllerPort = await freePort();
    while (controllerPort === port) controllerPort = await freePort();
    const runDir = mkdtempSync(join(tmpdir(), 'switchboard-kafka-'));
    return new DedicatedKafka(port, { ...process.env, KAFKA_PORT: String(port), KAFKA_CONTROLLER_PORT: String(controllerPort), KAFKA_RUN_DIR: runDir }, runDir);
  }

  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }

  async start(options: { keepData?: boolean } = {}): Promise<void> {
    const { stdout } = await run('bash', [join(scripts, 'start.sh')], { env: this.envFor(options), timeout: 150_000 });
    // start.sh says "already answers" and starts nothing when the port is taken: then it is not ours.
    if (!stdout.includes(`Kafka is up on 127.0.0.1:${this.port}`)) throw new Error(`the dedicated broker did not start: ${stdout}`);
  }

  async stop(options: { keepData?: boolean } = {}): Promise<void> {
    await run('bash', [join(scripts, 'stop.sh')], { env: this.envFor(options), timeout: 90_000 });
  }

  private envFor(options: { keepData?: boolean }): NodeJS.ProcessEnv {
    return options.keepData ? { ...this.env, KAFKA_KEEP_DATA: '1' } : this.env;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.runDir, { recursive: true, force: true });
  }
}
