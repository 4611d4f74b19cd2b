// A phone on bad venue Wi-Fi reloads while offline: the service worker serves the app, the phone shows its session
// and the idea it queued, and sends that idea exactly once when the network is back.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import { joinFromPhone, newPhone } from '../kit/chromium';
import { joinAsFacilitator, joinAsParticipant, newId } from '../kit/testServer';

describe('reloading a phone while offline', () => {
  it('shows the app with its session and queued idea from the cache, and delivers the idea once back online', async ({ webServer: server, browser }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    const bo = await joinAsParticipant(server, created, 'Bo');
    expect((await bo.socket.emitWithAck('idea:add', { id: newId(), sector: 'public', text: 'Bos lektiecafé' })).ok).toBe(true);
    const { context, page } = await newPhone(browser);
    await joinFromPhone(page, created.joinUrl, 'Anna');
    await page.getByTestId('idea').filter({ hasText: 'Bos lektiecafé' }).waitFor();
    // The worker registers after the page has loaded, then takes the page over.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });

    await context.setOffline(true);
    // Offline emulation leaves an open WebSocket alone: the venue's Wi-Fi drops it, so does the server here.
    for (const socket of server.server.io.sockets.sockets.values()) if (socket.data.actor?.role === 'participant' && socket.id !== bo.socket.id) socket.conn.close();
    await page.locator('.banner-offline').waitFor();
    await page.getByRole('radio', { name: 'Markedet' }).click();
    await page.locator('#idea-text').fill('Offline: kaffebar med bagere');
    await page.getByTestId('add-idea').click();
    await page.locator('[data-testid="outbox"] li[data-status="waiting"]').waitFor();

    await page.reload();
    await page.getByTestId('you').waitFor();
    expect(await page.getByTestId('you').textContent()).toContain('Anna');
    await page.getByTestId('idea').filter({ hasText: 'Bos lektiecafé' }).waitFor();
    await expect.poll(() => page.locator('[data-testid="outbox"] li[data-status="waiting"]').count()).toBe(1);
    expect(await page.locator('.outbox-text').first().textContent()).toBe('Offline: kaffebar med bagere');
    await page.locator('.banner-offline, .banner-connecting').first().waitFor();
    fs.mkdirSync(path.resolve('test-results'), { recursive: true });
    await page.screenshot({ path: path.resolve('test-results', 'phone-offline-reload.png') });
    expect(facilitator.state!.board.ideas.some((i) => i.text === 'Offline: kaffebar med bagere')).toBe(false);

    await context.setOffline(false);
    await facilitator.until((m) => m.state!.board.ideas.some((i) => i.text === 'Offline: kaffebar med bagere'), 30_000);
    await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 15_000 }).toBe(0);
    const added = (await server.store.events(created.sessionId, 0)).filter((e) => e.event.type === 'idea:added' && e.event.idea.text === 'Offline: kaffebar med bagere');
    expect(added).toHaveLength(1);
    await context.close();
  });
});
