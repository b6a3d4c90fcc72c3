// Resolves the workspace's `@switchboard/*` aliases to the compiled files under dist/ at run time,
// from the same table TypeScript and Jest use (tsconfig.base.json `paths`).
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.base.json');

const dist = path.resolve(__dirname, '..', 'dist');
const paths = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, targets]) => [alias, targets.map((target) => target.replace(/\.ts$/, '.js'))]),
);
tsconfigPaths.register({ baseUrl: dist, paths, addMatchAll: false });
