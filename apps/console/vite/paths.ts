import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/console, wherever the build is started from (the workspace root or this folder). */
export const consoleRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const workspaceRoot = resolve(consoleRoot, '../..');
export const outDir = resolve(consoleRoot, 'dist');

/**
 * The typed socket.io event maps are shared with the server. Only this sub-folder of the contracts
 * library is reachable from the browser: the rest of it carries server-side validation decorators.
 */
export const realtimeContracts = resolve(workspaceRoot, 'libs/contracts/src/realtime/index.ts');
