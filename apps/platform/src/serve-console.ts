import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths that belong to the server, never to the single-page console. */
const SERVER_PATHS = /^\/(api|health|metrics|webhooks|socket\.io)(\/|$)/;

/** The workspace root, found from wherever this file runs (sources under Jest, dist/ in production). */
function workspaceRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no workspace root above ${from}`);
    dir = parent;
  }
  return dir;
}

export function consoleDistDir(): string {
  return resolve(workspaceRoot(__dirname), 'apps/console/dist');
}

/**
 * Serves the built console (apps/console/dist) at `/`: its files as they are, and index.html for
 * every other browser GET outside the server's own paths, so client-side routes (/agent,
 * /widget-demo, ...) load on refresh.
 */
export function serveConsole(app: NestExpressApplication, dir = consoleDistDir()): void {
  const index = join(dir, 'index.html');
  app.useStaticAssets(dir, { index: false, fallthrough: true });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || SERVER_PATHS.test(request.path) || !request.accepts('html')) return next();
    if (!existsSync(index)) {
      response.status(503).type('text/plain').send('The console is not built yet: run "npm run build" (npm start does it).');
      return;
    }
    response.sendFile(index);
  });
}
