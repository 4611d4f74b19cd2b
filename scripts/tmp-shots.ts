import { chromium } from 'playwright-core';
import { startServerWithClient } from '../test/helpers/browser';

const server = await startServerWithClient({ retentionDays: 90 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
try {
  const created = await server.createSession({});
  const laptop = await (await browser.newContext({ locale: 'da-DK', viewport: { width: 1440, height: 900 } })).newPage();
  await laptop.goto(created.facilitatorUrl.replace(/^https?:\/\/[^/]+/, server.url));
  await laptop.getByTestId('phase-collecting').click();
  await laptop.getByText('Indstillinger').first().click();
  await laptop.getByTestId('setting-requireApproval').check();
  const joinUrl = `${server.url}/j/${created.joinCode}`;
  const join = await (await browser.newContext({ locale: 'da-DK', viewport: { width: 390, height: 844 } })).newPage();
  await join.goto(joinUrl);
  await join.getByTestId('privacy-notice').locator('summary').click();
  await join.screenshot({ path: '/tmp/h10shots/join-phone.png', fullPage: true });
  await join.getByLabel(/navn/i).fill('Anna');
  await join.getByTestId('enter').click();
  await join.getByTestId('you').waitFor();
  await join.locator('#idea-text').fill('Lektiecafé med Røde Kors');
  await join.getByRole('radio', { name: 'Civilsamfundet' }).click();
  await join.getByTestId('add-idea').click();
  await join.getByTestId('idea-added').waitFor();
  await join.getByRole('tab', { name: /Civilsamfundet/ }).click();
  await join.waitForTimeout(500);
  await join.screenshot({ path: '/tmp/h10shots/phone-pending.png', fullPage: true });
  await laptop.getByTestId('approval-inbox').waitFor();
  await laptop.waitForTimeout(500);
  await laptop.screenshot({ path: '/tmp/h10shots/console-inbox.png', fullPage: false });
  for (const [name, viewport] of [['projector-1920', { width: 1920, height: 1080 }], ['projector-1280', { width: 1280, height: 720 }]] as const) {
    const p = await (await browser.newContext({ locale: 'da-DK', viewport })).newPage();
    await p.goto(`${server.url}/p/${created.joinCode}`);
    await p.waitForTimeout(1000);
    await p.screenshot({ path: `/tmp/h10shots/${name}.png` });
  }
} finally {
  await browser.close();
  await server.close();
}
