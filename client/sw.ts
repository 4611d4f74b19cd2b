/// <reference lib="webworker" />
// The phone's service worker: the app shell and the phone's code from the cache, so a phone that reloads on bad
// venue Wi-Fi gets its page (its session and queued writes come from localStorage). A join page is asked of the
// network first (it carries the workshop's title) and falls back to the cached shell; the console, projector,
// admin and every API or socket request are left to the network.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { NETWORK_WAIT_S } from './tuning';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };


precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// A new build takes over at once: its files are all precached before it activates, so nothing mixes.
void self.skipWaiting();
clientsClaim();

const joinPages = new NetworkFirst({ cacheName: 'join-pages', networkTimeoutSeconds: NETWORK_WAIT_S });
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.pathname.startsWith('/j/'),
  async (options) => {
    try {
      return await joinPages.handle(options);
    } catch {
      return (await matchPrecache('index.html')) ?? Response.error();
    }
  },
);
