// The phone starts with WebSocket (client/net/transports.ts). On a venue network that blocks WebSocket it must
// still join, show the board and send an idea, over long-polling, without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { joinFromPhone, launchBrowser, newPhone, startServerWithClient } from '../kit/chromium';
import { joinAsFacilitator, type Mirror, type TestServer } from '../kit/testServer';
import { startVenueProxy, type UpgradePolicy, type VenueProxy } from '../kit/venueProxy';

let server: TestServer;
let browser: Browser;
const proxies: VenueProxy[] = [];
beforeAll(async () => {
  server = await startServerWithClient();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const proxy of proxies) await proxy.close();
  await server?.close();
});

async function openBoard() {
  const created = await server.createSession();
  const facilitator = await joinAsFacilitator(server, created);
  await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
  return { created, facilitator };
}

const ideaTexts = (mirror: Mirror) => mirror.state?.board.ideas.map((idea) => idea.text) ?? [];

async function addIdea(page: Page, text: string) {
  await page.locator('#idea-text').fill(text);
  await page.getByTestId('add-idea').click();
}

describe('a phone whose network blocks WebSocket', () => {
  for (const policy of ['refuse', 'hang'] as UpgradePolicy[]) {
    it(`joins and sends an idea over long-polling when the upgrade is ${policy === 'refuse' ? 'refused' : 'left hanging'}`, async () => {
      const { created, facilitator } = await openBoard();
      const proxy = await startVenueProxy(server.url, policy);
      proxies.push(proxy);
      const { context, page } = await newPhone(browser);
      await joinFromPhone(page, `${proxy.url}/j/${created.joinCode}`, 'Anna');
      await addIdea(page, `Lektiecafé (${policy})`);
      await expect.poll(() => ideaTexts(facilitator), { timeout: 15_000 }).toContain(`Lektiecafé (${policy})`);
      expect(proxy.upgradeAttempts()).toBeGreaterThan(0);
      expect(proxy.pollingRequests()).toBeGreaterThan(0);

      // A reload on the same network: still the board, and after a hanging upgrade it starts with long-polling.
      const upgradesBefore = proxy.upgradeAttempts();
      await page.reload();
      await page.getByTestId('you').waitFor({ timeout: 15_000 });
      if (policy === 'hang') expect(proxy.upgradeAttempts() - upgradesBefore).toBeLessThanOrEqual(1);
      await context.close();
      facilitator.socket.disconnect();
    }, 60_000);
  }
});

describe('a phone on a network that lets WebSocket through', () => {
  it('opens the socket over WebSocket straight away, with no long-polling request', async () => {
    const { created, facilitator } = await openBoard();
    const polling: string[] = [];
    const { context, page } = await newPhone(browser);
    page.on('request', (request) => {
      if (request.url().includes('transport=polling')) polling.push(request.url());
    });
    await joinFromPhone(page, `${server.url}/j/${created.joinCode}`, 'Bo');
    await addIdea(page, 'Bogbus');
    await expect.poll(() => ideaTexts(facilitator)).toContain('Bogbus');
    expect(polling).toEqual([]);
    await context.close();
    facilitator.socket.disconnect();
  });
});
