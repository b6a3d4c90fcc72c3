import type { IncomingMessage } from 'node:http';
import type { DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@switchboard/config';
import { LoggerModule } from 'nestjs-pino';

const QUIET_PATHS = /^\/(health|metrics)(\/|$)/;

/**
 * Structured JSON logs (pino), one line per request and per event worth knowing. Request lines
 * carry the path without its query string and no headers or bodies: nothing personal.
 */
export function structuredLoggerModule(config: AppConfig, appName: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      base: { app: appName, pid: process.pid },
      autoLogging: { ignore: (request: IncomingMessage) => QUIET_PATHS.test(request.url ?? '') },
      serializers: {
        req: (request: { id?: unknown; method?: string; url?: string }) => ({
          id: request.id,
          method: request.method,
          path: (request.url ?? '').split('?')[0],
        }),
        res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
      },
      redact: ['req.headers', 'res.headers'],
    },
  });
}
