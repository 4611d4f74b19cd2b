// What the phone promises is true. Ideas written offline are kept across a reload and arrive
// exactly once without a tap; the confirmation is where the person looks; offline shows no stale "N online".
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import { joinFromPhone, newPhone, PHONE } from '../kit/chromium';
import type { TestServer } from '../kit/testServer';
import { joinAsFacilitator } from '../kit/testServer';

async function addIdea(page: Page, sector: string, text: string) {
  await page.getByRole('radio', { name: sector }).click();
  await page.locator('#idea-text').fill(text);
  await page.getByTestId('add-idea').click();
}

let socketCut = false;

/**
 * Routes the page's WebSockets through Playwright, so `cutSocket` can refuse them. Before the page loads: Playwright
 * routes the WebSockets of documents loaded after this call only, and the phone opens its socket with WebSocket.
 */
async function routeSockets(context: BrowserContext) {
  socketCut = false;
  await context.routeWebSocket('**/socket.io/**', (ws) => (socketCut ? ws.close() : ws.connectToServer()));
}

/** Cuts this page off the workshop server's socket, as a phone losing the venue's wifi; the page itself stays loadable. */
async function cutSocket(server: TestServer, page: Page) {
  socketCut = true;
  await page.context().route('**/socket.io/**', (route) => route.abort('internetdisconnected'));
  for (const socket of server.server.io.sockets.sockets.values()) if (socket.data.actor?.role === 'participant') socket.conn.close();
}

describe('a phone offline for minutes', () => {
  it('keeps two ideas across a reload and delivers each exactly once when the connection is back, without a tap', async ({ webServer: server, browser }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    const phone = await newPhone(browser);
    await routeSockets(phone.context);
    await phone.page.clock.install();
    const { page } = phone;
    await joinFromPhone(page, created.joinUrl, 'Anna');
    await expect.poll(() => page.getByTestId('presence').count()).toBe(1);

    await cutSocket(server, page);
    await page.locator('.banner-offline').waitFor();
    // 6: offline, the count of people online is unknown: no green "N deltagere online" under "Ingen forbindelse".
    expect(await page.getByTestId('presence').count()).toBe(0);

    await page.clock.fastForward('02:00');
    await addIdea(page, 'Markedet', 'Offline idé ét: kaffebar');
    await addIdea(page, 'Civilsamfundet', 'Offline idé to: læsekreds');
    await expect.poll(() => page.getByTestId('outbox').locator('[data-status="waiting"]').count()).toBe(2);
    expect(await page.getByTestId('idea-delivered').count()).toBe(0);
    fs.mkdirSync(path.resolve('test-results'), { recursive: true });
    await page.getByTestId('outbox').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.resolve('test-results', 'phone-outbox-waiting.png') });

    await page.clock.fastForward('02:00');
    await page.reload();
    await expect.poll(() => page.getByTestId('outbox').locator('li').count(), { timeout: 10_000 }).toBe(2);
    await page.clock.fastForward('01:00');
    expect(facilitator.state!.board.ideas).toHaveLength(0);

    await page.context().unrouteAll();
    socketCut = false;
    await page.getByTestId('idea-delivered').waitFor({ timeout: 30_000 });
    await facilitator.until((m) => m.state!.board.ideas.length === 2, 30_000);
    await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 10_000 }).toBe(0);

    const added = (await server.store.events(created.sessionId, 0)).filter((e) => e.event.type === 'idea:added');
    expect(added.map((e) => (e.event.type === 'idea:added' ? e.event.idea.text : '')).sort()).toEqual([
      'Offline idé ét: kaffebar',
      'Offline idé to: læsekreds',
    ].sort());
    await expect.poll(() => page.getByTestId('presence').count()).toBe(1);
    await phone.context.close();
  });
});

describe('the confirmation after adding an idea', () => {
  it('appears inside the phone viewport and the list switches to the sector the idea went to', async ({ webServer: server, browser }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    const phone = await newPhone(browser);
    const { page } = phone;
    await joinFromPhone(page, created.joinUrl, 'Bo');
    await addIdea(page, 'Civilsamfundet', 'Fortælleklub med Ældresagen');
    const toast = page.getByTestId('idea-delivered');
    await toast.waitFor();
    const box = (await toast.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(await toast.textContent()).toContain('Tak! Din idé er på tavlen.');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toContain('Civilsamfundet');
    expect(await page.getByTestId('idea').filter({ hasText: 'Fortælleklub med Ældresagen' }).count()).toBe(1);
    const shots = path.resolve('test-results');
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'phone-idea-delivered.png') });
    await phone.context.close();
  });
});
