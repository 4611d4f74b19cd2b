import { defineConfig } from 'vite';
import { inlineEntryCss } from './client/build/inlineEntryCss.js';
import { precompress } from './client/build/precompress.js';

export default defineConfig({
  root: 'client',
  plugins: [inlineEntryCss(), precompress()],
  // The manifest tells the build test (and the server's preload hints) which chunks each route needs.
  build: { outDir: '../dist', emptyOutDir: true, sourcemap: false, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } } },
});
