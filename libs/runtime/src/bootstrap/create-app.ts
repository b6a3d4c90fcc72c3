import type { AddressInfo } from 'node:net';
import { ValidationPipe, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { raw } from 'express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { loadConfig, type AppConfig } from '@switchboard/config';
import { Logger } from 'nestjs-pino';
import { ErrorMappingFilter } from '../errors/error-mapping.filter';
import { closeAdapters, createAdapters, type Adapters } from '../infrastructure/create-adapters';

/** What an app's `main.ts` declares: its name and how its root module is composed. */
export interface AppDefinition {
  readonly name: string;
  /** Service apps run only in the distributed mode (Kafka, PostgreSQL/KurrentDB). */
  readonly requireDistributed?: boolean;
  rootModule(config: AppConfig, adapters: Adapters): DynamicModule;
  /** Adjusts the Nest app before it listens (e.g. the socket.io adapter of the realtime features). */
  configure?(app: NestExpressApplication, context: { readonly config: AppConfig; readonly adapters: Adapters }): void | Promise<void>;
  /** Said once the app listens (e.g. how to log in). */
  onListening?(context: RunningApp): void;
}

export interface RunningApp {
  readonly app: INestApplication;
  readonly config: AppConfig;
  readonly adapters: Adapters;
  /** Base URL the app listens on, e.g. http://127.0.0.1:3000 */
  readonly url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** Overrides PORT (0 = any free port, for tests). */
  readonly port?: number;
}

/** Webhook bodies stay raw bytes: signatures are computed over exactly what the provider sent. */
export const WEBHOOK_PATH_PREFIX = '/webhooks';
const MAX_WEBHOOK_BODY = '25mb';

function configureHttp(app: NestExpressApplication): void {
  app.use(WEBHOOK_PATH_PREFIX, raw({ type: () => true, limit: MAX_WEBHOOK_BODY }));
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { extended: false, limit: '1mb' });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new ErrorMappingFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Switchboard API').setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('api/docs', app, document);
}

/**
 * Loads the configuration, opens the adapters, builds and starts the Nest app. Throws
 * `ConfigError` for a bad environment and the adapter's own error when a store is unreachable;
 * whatever was opened is closed again before the error propagates.
 */
export async function startApp(definition: AppDefinition, options: StartOptions = {}): Promise<RunningApp> {
  const config = loadConfig(options.env ?? process.env, { requireDistributed: definition.requireDistributed, cwd: options.cwd });
  const adapters = await createAdapters(config);
  let app: INestApplication | undefined;
  try {
    const created = await NestFactory.create<NestExpressApplication>(definition.rootModule(config, adapters), {
      bufferLogs: true,
      abortOnError: false,
      bodyParser: false,
    });
    app = created;
    created.useLogger(created.get(Logger));
    configureHttp(created);
    await definition.configure?.(created, { config, adapters });
    await app.listen(options.port ?? config.port);
  } catch (error) {
    if (app) await app.close().catch(() => undefined);
    else await closeAdapters(adapters).catch(() => undefined);
    throw error;
  }
  const started = app;
  const address = started.getHttpServer().address() as AddressInfo;
  const running: RunningApp = {
    app: started,
    config,
    adapters,
    url: `http://127.0.0.1:${address.port}`,
    close: () => started.close(),
  };
  definition.onListening?.(running);
  return running;
}
