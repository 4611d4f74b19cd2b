// Real Chromium (Debian's) driven by playwright-core, against the real server serving the built client.
import path from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { startServer } from './testServer';

export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1440, height: 900 };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
}

/** The server with the built client in dist/ (run `vite build` first; `npm run test:e2e` does). */
export function startServerWithClient(opts: Parameters<typeof startServer>[0] = {}) {
  return startServer({ distDir: path.resolve('dist'), ...opts });
}

export async function newPhone(browser: Browser, locale = 'da-DK', options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, locale, isMobile: true, hasTouch: true, ...options });
  return { context, page: await context.newPage() };
}

export async function newLaptop(browser: Browser, locale = 'da-DK', options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: LAPTOP, locale, ...options });
  return { context, page: await context.newPage() };
}

/** Creates a workshop through the home page as a facilitator would, and returns the console page. */
export async function createWorkshopViaHome(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await page.getByTestId('create-workshop').click();
  await page.getByTestId('join-code').waitFor();
  const joinCode = (await page.getByTestId('join-code').textContent())!.trim();
  const joinUrl = (await page.getByTestId('join-url').getAttribute('href'))!;
  return { joinCode, joinUrl };
}

/** Joins from a phone through the join address, with a display name. */
export async function joinFromPhone(page: Page, joinUrl: string, name: string) {
  await page.goto(joinUrl);
  // The app's own form, not the server's HTML one it replaces: a fill racing the take-over could land in neither.
  await page.getByTestId('enter').waitFor();
  await page.getByLabel(/navn|name/i).fill(name);
  await page.getByTestId('enter').click();
  await page.getByTestId('you').waitFor();
}

export async function presenceCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('presence').first().getAttribute('data-count'));
}
