import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { joinFromPhone, launchBrowser, newPhone, startServerWithClient } from '../kit/chromium';
import { joinAsFacilitator, joinAsParticipant, type TestServer } from '../kit/testServer';

let browser: Browser;
const servers: TestServer[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.close().catch(() => {});
});

describe('a phone that loses the server', () => {
  it('shows the offline banner, reconnects by itself and is exactly up to date without a reload', async () => {
    const first = await startServerWithClient();
    servers.push(first);
    const created = await first.createSession();
    const phone = await newPhone(browser);
    await joinFromPhone(phone.page, created.joinUrl, 'Anna');
    const banner = phone.page.locator('.banner-offline');

    await first.close();
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Ingen forbindelse');

    // The same data and port, as after a crash and restart; the room moves on while the phone is away.
    const second = await startServerWithClient({ dataDir: first.dataDir, port: Number(new URL(first.url).port) });
    servers.push(second);
    const bo = await joinAsParticipant(second, created, 'Bo');
    await bo.socket.emitWithAck('participant:rename', { name: 'Bo B' });

    await banner.waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(() => phone.page.getByTestId('presence').getAttribute('data-count'), { timeout: 10_000 }).toBe('2');
    expect(await phone.page.getByTestId('you').textContent()).toContain('Anna');
    await phone.context.close();
  });

  it('keeps an idea tapped while offline and delivers it once the phone is back, without an error', async () => {
    const first = await startServerWithClient();
    servers.push(first);
    const created = await first.createSession();
    const facilitator = await joinAsFacilitator(first, created);
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    const phone = await newPhone(browser);
    await joinFromPhone(phone.page, created.joinUrl, 'Anna');

    await first.close();
    await phone.page.locator('.banner-offline').waitFor();
    await phone.page.getByRole('radio', { name: 'Civilsamfundet' }).click();
    await phone.page.locator('#idea-text').fill('Skrevet uden net: læsecirkel med Ældresagen');
    await phone.page.getByTestId('add-idea').click();

    const second = await startServerWithClient({ dataDir: first.dataDir, port: Number(new URL(first.url).port) });
    servers.push(second);
    await phone.page.getByText(/Tak! Din idé er på tavlen/).waitFor({ timeout: 30_000 });
    expect(await phone.page.locator('.idea-form .error').count()).toBe(0);
    const stored = await joinAsFacilitator(second, created);
    expect(stored.state!.board.ideas.map((i) => i.text)).toEqual(['Skrevet uden net: læsecirkel med Ældresagen']);
    await phone.context.close();
  });
});
