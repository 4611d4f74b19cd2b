// Screenshots of a page at phone and laptop size: `tsx scripts/screenshot.ts URL OUT_PREFIX [--wait SELECTOR | --join NAME]`.
// --join fills the participant join form first.
import { chromium } from 'playwright-core';

const [url, out = '/tmp/shot', flag, selector] = process.argv.slice(2);
if (!url) throw new Error('usage: screenshot URL OUT_PREFIX [--wait SELECTOR]');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['laptop', { width: 1440, height: 900 }],
] as const) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(url);
  if (flag === '--wait' && selector) await page.waitForSelector(selector, { timeout: 10_000 });
  if (flag === '--join' && selector) {
    await page.fill('#display-name', selector);
    await page.click('[data-testid=enter]');
    await page.waitForSelector('[data-testid=you]', { timeout: 10_000 });
  }
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}-${name}.png`, fullPage: true });
  await page.close();
}
await browser.close();
