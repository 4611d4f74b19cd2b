import path from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { phoneFilesOnly, stylesheetsOnlyForOtherScreens } from './client/build/phoneFiles.js';
import { phoneChunk } from './client/build/phoneChunk.js';
import { inlineEntryCss } from './client/build/inlineEntryCss.js';
import { precompress } from './client/build/precompress.js';
import { withoutWebTransport } from './client/build/withoutWebTransport.js';

export default defineConfig({
  root: 'client',
  plugins: [
    withoutWebTransport(),
    inlineEntryCss(),
    precompress(),
    // The phone's offline shell (client/sw.ts), registered by the phone after its page has loaded.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['index.html', 'assets/*.{js,css}'],
        manifestTransforms: [phoneFilesOnly(path.resolve(import.meta.dirname, 'dist'))],
      },
    }),
  ],
  // The manifest tells the build test (and the server's preload hints) which chunks each route needs.
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
    // Every browser that runs the app preloads modules itself; one that does not just loads them a little later.
    // The phone's entry also routes to the staff's screens; their scripts arrive through their own imports, so it
    // lists only their stylesheets, which have no other way in (client/build/phoneFiles.ts).
    modulePreload: { polyfill: false, resolveDependencies: stylesheetsOnlyForOtherScreens },
    // The phone's first load in one file (client/build/phoneChunk.ts).
    rolldownOptions: { output: { codeSplitting: { groups: [{ debugName: 'phone', name: phoneChunk(path.resolve(import.meta.dirname, 'client')) }] } } },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } } },
});
