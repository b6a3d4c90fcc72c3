import { ConfigError } from '@switchboard/config';
import { startApp, type AppDefinition } from './create-app';

/**
 * An app's `main`: starts it, exits non-zero with a plain message when the configuration is bad
 * or an adapter cannot be reached, and on SIGTERM/SIGINT stops taking requests, drains in-flight
 * work (HTTP requests, bus handlers) and closes the adapters, within SHUTDOWN_GRACE_MS.
 */
export async function runApp(definition: AppDefinition): Promise<void> {
  let running;
  try {
    running = await startApp(definition);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`switchboard ${definition.name}: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`switchboard ${definition.name}: failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  }
  const { app, config } = running;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`switchboard ${definition.name}: ${signal} received, draining (up to ${config.shutdownGraceMs} ms)\n`);
    const deadline = setTimeout(() => {
      process.stderr.write(`switchboard ${definition.name}: drain took longer than ${config.shutdownGraceMs} ms, exiting\n`);
      process.exit(1);
    }, config.shutdownGraceMs);
    deadline.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`switchboard ${definition.name}: error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
