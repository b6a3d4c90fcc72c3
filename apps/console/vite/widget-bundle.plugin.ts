import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { consoleRoot, outDir, realtimeContracts } from './paths';

/**
 * Builds the embeddable chat widget as one classic script, `dist/widget.js`, after the console's
 * own build. It is a separate build on purpose: a customer's site loads it with a plain
 * `<script src>` tag, so it must be a single self-contained IIFE that shares no chunk with the
 * console (and carries no React).
 */
export function widgetBundle(): Plugin {
  return {
    name: 'switchboard-widget-bundle',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        root: consoleRoot,
        logLevel: 'warn',
        resolve: { alias: { '@switchboard/contracts/realtime': realtimeContracts } },
        build: {
          outDir,
          emptyOutDir: false,
          sourcemap: true,
          lib: {
            entry: resolve(consoleRoot, 'src/features/widget/embed/widget-main.ts'),
            name: 'SwitchboardWidget',
            formats: ['iife'],
            fileName: () => 'widget.js',
          },
        },
      });
    },
  };
}
