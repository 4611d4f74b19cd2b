import { defineConfig } from 'vite';
import { inlineEntryCss } from './client/build/inlineEntryCss.js';
import { precompress } from './client/build/precompress.js';

export default defineConfig({
  root: 'client',
  plugins: [inlineEntryCss(), precompress()],
  // The manifest tells the build test (and the server's preload hints) which chunks each route needs.
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
    // Every browser that runs the app preloads modules itself; one that does not just loads them a little later.
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } } },
});
