// Fixtures for tests in real Chromium: one Chromium and one server with the built client per test file (both are
// slow to start), closed after its last test. `test.override('webServerOptions', { ... })` changes the server.
import type { Browser } from 'playwright-core';
import { test as base } from 'vitest';
import { launchBrowser, startServerWithClient } from './chromium';
import type { ServerOptions } from './server';

export const test = base
  .extend('webServerOptions', { scope: 'file' }, () => ({}) as ServerOptions)
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('webServer', { scope: 'file' }, async ({ webServerOptions }, { onCleanup }) => {
    const server = await startServerWithClient(webServerOptions);
    onCleanup(() => server.close());
    return server;
  });

export const it = test;
