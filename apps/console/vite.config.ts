import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { consoleRoot, outDir, realtimeContracts } from './vite/paths';
import { widgetBundle } from './vite/widget-bundle.plugin';

// The platform (embedded mode) serves dist/ at `/`; in development Vite serves the console and
// forwards the server's own paths to a platform running on port 3000.
const platform = 'http://127.0.0.1:3000';

export default defineConfig({
  root: consoleRoot,
  base: '/',
  plugins: [react(), widgetBundle()],
  resolve: { alias: { '@switchboard/contracts/realtime': realtimeContracts } },
  build: { outDir, emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      '/api': platform,
      '/health': platform,
      '/socket.io': { target: platform, ws: true },
    },
  },
});
