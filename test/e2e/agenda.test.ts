import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import type { Page } from 'playwright-core';
import { createWorkshopViaHome, joinFromPhone, newLaptop, newPhone } from '../kit/chromium';
import type { } from '../kit/testServer';

const SKEW_MS = 7 * 60_000;
/** A phone whose clock runs 7 minutes fast: every Date the page makes, and Date.now(), are off. */
const skewedClock = `(() => {
  const Real = Date;
  class Skewed extends Real {
    constructor(...args) { if (args.length === 0) super(Real.now() + ${SKEW_MS}); else super(...args); }
    static now() { return Real.now() + ${SKEW_MS}; }
  }
  globalThis.Date = Skewed;
})();`;

const secondsLeft = async (page: Page) => Number(await page.getByTestId('countdown').first().getAttribute('data-seconds'));

describe('the live programme in real Chromium', () => {
  it('runs the day on every screen with one countdown, even on a phone whose clock is minutes off', async ({ webServer: server, browser }) => {
    const laptop = await newLaptop(browser);
    const { joinCode, joinUrl } = await createWorkshopViaHome(laptop.page, server.url);
    const console = laptop.page;
    await console.getByTestId('agenda-start').click();
    await console.getByTestId('now-title').filter({ hasText: 'Velkomst og præsentation' }).waitFor();

    const honest = await newPhone(browser);
    const skewed = await newPhone(browser);
    await skewed.context.addInitScript(skewedClock);
    await joinFromPhone(honest.page, joinUrl, 'Anna');
    await joinFromPhone(skewed.page, joinUrl, 'Bo');
    const projector = await newLaptop(browser);
    await projector.page.goto(`${server.url}/p/${joinCode}`);

    // The skew is real on that phone...
    const skew = await skewed.page.evaluate(() => Date.now());
    expect(Math.abs(skew - Date.now() - SKEW_MS)).toBeLessThan(5_000);

    // ...and still every screen shows the same time left within a second, once the clock offset is measured.
    const screens = [console, honest.page, skewed.page, projector.page];
    for (const page of screens) await page.getByTestId('now-title').filter({ hasText: 'Velkomst' }).waitFor();
    await expect
      .poll(async () => {
        const left = await Promise.all(screens.map(secondsLeft));
        return Math.max(...left) - Math.min(...left);
      }, { timeout: 15_000 })
      .toBeLessThanOrEqual(1);
    const left = await secondsLeft(skewed.page);
    expect(left).toBeGreaterThan(9 * 60 - 30);
    expect(left).toBeLessThanOrEqual(10 * 60);
    await expect(skewed.page.getByTestId('now').textContent()).resolves.toMatch(/\d+:\d\d tilbage/);

    // +5 minutes reaches the phones.
    await console.getByTestId('extend-5').click();
    await expect.poll(() => secondsLeft(skewed.page)).toBeGreaterThan(14 * 60 - 30);

    // A break says when the day resumes.
    const breakRow = console.getByTestId('programme-item').filter({ hasText: 'Kaffepause' }).first();
    await breakRow.getByTestId('item-goto').click();
    await honest.page.getByTestId('now-title').filter({ hasText: /^Kaffepause — vi starter igen kl\. \d\d\.\d\d$/ }).waitFor();
    await projector.page.getByTestId('now-title').filter({ hasText: /^Kaffepause — vi starter igen/ }).waitFor();
    await honest.page.getByTestId('next').filter({ hasText: 'Innovation via samarbejde og partnerskaber' }).waitFor();

    // The whole programme on a phone, the break highlighted, the welcome with when it actually ran.
    await honest.page.getByTestId('show-programme').click();
    const current = honest.page.locator('[data-testid=programme-item][aria-current=step]');
    await expect(current.textContent()).resolves.toContain('Kaffepause');
    await expect(honest.page.getByTestId('programme-item').first().textContent()).resolves.toMatch(/kørte \d\d\.\d\d–\d\d\.\d\d/);
  });

  it('adds an item, refuses an overlap with a clear message, and moves the following items when asked', async ({ webServer: server, browser }) => {
    const laptop = await newLaptop(browser);
    const { joinUrl } = await createWorkshopViaHome(laptop.page, server.url);
    const console = laptop.page;
    const phone = await newPhone(browser);
    await joinFromPhone(phone.page, joinUrl, 'Anna');

    await console.getByTestId('agenda-add').click();
    await console.getByTestId('item-title').fill('Walk and talk');
    await console.getByTestId('item-start').fill('10:45');
    await console.getByTestId('item-end').fill('10:55');
    await console.getByTestId('item-save').click();
    await console.getByTestId('item-error').filter({ hasText: 'Tiden overlapper et andet punkt' }).waitFor();

    await console.getByLabel('Ryk de følgende punkter, hvis tiden overlapper').check();
    await console.getByTestId('item-save').click();
    await phone.page.getByTestId('show-programme').click();
    const walk = phone.page.getByTestId('programme-item').filter({ hasText: 'Walk and talk' });
    // Placed where it was typed, and everything after it moved on by ten minutes.
    await expect(walk.textContent()).resolves.toContain('10.45–10.55');
    const last = phone.page.getByTestId('programme-item').last();
    await expect(last.textContent()).resolves.toContain('15.55–16.10');
  });
});
