import { describe, expect } from 'vitest';
import { test } from '../kit/browser';
import type { Page } from 'playwright-core';
import { newPhone } from '../kit/chromium';

/** One workshop for the whole file: the join page only reads it. */
const it = test.extend('created', { scope: 'file' }, ({ webServer }) => webServer.createSession({ title: 'Nye partnerskaber på biblioteket i Aarhus' }));

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
  it('shows the workshop title and the name field from the HTML alone', async ({ webServer: server, browser, created }) => {
    const { page } = await newPhone(browser, 'da-DK', { javaScriptEnabled: false });
    await page.goto(`${server.url}/j/${created.joinCode}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Nye partnerskaber på biblioteket i Aarhus');
    expect(await page.getByLabel('Dit navn (valgfrit)').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Gå ind' }).isVisible()).toBe(true);
  });

  it('keeps a name typed before the code arrived, and the app takes over without moving anything', async ({ webServer: server, browser, created }) => {
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

  it('lets a phone that is typing when the app takes over go on typing in the same field', async ({ webServer: server, browser, created }) => {
    const { page } = await newPhone(browser);
    const release = await holdScripts(page);
    await page.goto(`${server.url}/j/${created.joinCode}`, { waitUntil: 'commit' });
    await page.getByLabel('Dit navn (valgfrit)').click();
    await page.keyboard.type('An');
    release();
    await page.getByTestId('enter').waitFor();
    await page.keyboard.type('ne');
    expect(await page.getByLabel('Dit navn (valgfrit)').inputValue()).toBe('Anne');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('you').textContent()).toContain('Anne');
  });

  it('does not show the join form to a phone that has joined before', async ({ webServer: server, browser, created }) => {
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
