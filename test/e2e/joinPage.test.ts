import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPhone, startServerWithClient } from '../helpers/browser';
import type { Created, TestServer } from '../helpers/server';

let server: TestServer;
let browser: Browser;
let created: Created;
beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
  created = await server.createSession({ title: 'Nye partnerskaber på biblioteket i Aarhus' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Holds the app's code back until `release`, as a slow network would. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const layoutOf = async (page: Page) => ({ title: await page.locator('h1').boundingBox(), field: await page.locator('input').boundingBox() });

describe('the join page before the app has loaded', () => {
  it('shows the workshop title and the name field from the HTML alone', async () => {
    const { page } = await newPhone(browser, 'da-DK', { javaScriptEnabled: false });
    await page.goto(`${server.url}/j/${created.joinCode}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Nye partnerskaber på biblioteket i Aarhus');
    expect(await page.getByLabel('Dit navn (valgfrit)').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Gå ind' }).isVisible()).toBe(true);
  });

  it('keeps a name typed before the code arrived, and the app takes over without moving anything', async () => {
    const { page } = await newPhone(browser);
    const release = await holdScripts(page);
    await page.goto(`${server.url}/j/${created.joinCode}`, { waitUntil: 'commit' });
    await page.getByLabel('Dit navn (valgfrit)').fill('Anne');
    const before = await layoutOf(page);
    release();
    await page.getByTestId('enter').waitFor();
    expect(await page.locator('#join-shell').count()).toBe(0);
    expect(await page.getByLabel('Dit navn (valgfrit)').inputValue()).toBe('Anne');
    expect(await layoutOf(page)).toEqual(before);
    await page.getByTestId('enter').click();
    expect(await page.getByTestId('you').textContent()).toContain('Anne');
  });

  it('does not show the join form to a phone that has joined before', async () => {
    const { page } = await newPhone(browser);
    await page.goto(`${server.url}/j/${created.joinCode}`);
    await page.getByTestId('enter').click();
    await page.getByTestId('you').waitFor();
    const release = await holdScripts(page);
    await page.reload({ waitUntil: 'commit' });
    await page.locator('#join-shell').waitFor({ state: 'attached' });
    expect(await page.locator('#join-shell').isVisible()).toBe(false);
    release();
    await page.getByTestId('you').waitFor();
  });
});
