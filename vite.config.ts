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
    // React, react-dom and zustand in one file: every face needs them together, and one file compresses better
    // than the two rolldown would otherwise make (0.4 kB brotli less on a phone's first load).
    // The HTTP module and the route and address helpers every face shares (the phone looks its join code up) in
    // one file too: left alone, rolldown splits them into files of ~100 bytes that no compression makes smaller.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]/ },
            { name: 'http', test: /client[\\/]net[\\/]http\.ts|shared[\\/]http[\\/](routePath\.ts|routes[\\/])|shared[\\/]links\.ts/ },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } } },
});
