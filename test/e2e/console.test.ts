import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from '../kit/axe';
import type { Browser } from 'playwright-core';
import { joinAsFacilitator, type TestServer } from '../kit/testServer';

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

async function openConsole(server: TestServer, browser: Browser, viewport: { width: number; height: number }) {
  // A day in the future, so "next" before the day starts is its first item whatever the hour of the test run.
  const created = await server.createSession({ date: '2030-06-03' });
  const watcher = await joinAsFacilitator(server, created);
  const context = await browser.newContext({ viewport, locale: 'da-DK' });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(created.facilitatorUrl);
  await page.getByTestId('presenter-bar').waitFor();
  return { created, watcher, context, page, items: watcher.state!.agenda.items };
}

describe('the console for a presenter in real Chromium', () => {
  it('reaches "next item" within 3 Tab stops and drives the programme and the board from the keyboard, checked on the server', async ({ webServer: server, browser }) => {
    const { watcher, context, page, items } = await openConsole(server, browser, { width: 1440, height: 900 });
    let stops = 0;
    while (stops < 3 && (await focusedTestId(page)) !== 'agenda-next') {
      await page.keyboard.press('Tab');
      stops += 1;
    }
    expect(await focusedTestId(page)).toBe('agenda-next');

    await page.keyboard.press('PageDown');
    await watcher.until((m) => m.state!.agenda.currentItemId === items[0]!.id);
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await page.keyboard.press('ArrowRight');
    await watcher.until((m) => m.state!.agenda.currentItemId === items[1]!.id);
    await page.keyboard.press('PageUp');
    await watcher.until((m) => m.state!.agenda.currentItemId === items[0]!.id);
    const endBefore = watcher.state!.agenda.items[0]!.end;
    await page.keyboard.press('+');
    await watcher.until((m) => m.state!.agenda.items[0]!.end === endBefore + 5 * 60_000);

    await page.keyboard.press('b');
    await watcher.until((m) => m.state!.board.phase === 'collecting');
    // The next step forward is decided by the phase the page holds: wait for it there too, not only on the server.
    await expect.poll(() => page.getByTestId('phase-collecting').getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('b'); // asks first, like the button; the test says yes
    await watcher.until((m) => m.state!.board.phase === 'voting');

    // Typing in a field is never a shortcut.
    const before = watcher.state!.seq;
    await page.getByTestId('late-minutes').focus();
    await page.keyboard.press('b');
    await page.keyboard.press('PageDown');
    await page.getByTestId('agenda-next').click();
    await watcher.until((m) => m.state!.agenda.currentItemId === items[1]!.id);
    expect(watcher.state!.board.phase).toBe('voting');
    expect(watcher.state!.seq - before).toBe(1); // only the click's agenda:wentTo

    // "Vis QR" makes the projector show the join QR large, and says it is on.
    await page.getByTestId('show-qr').click();
    await watcher.until((m) => m.state!.projector.isQrLarge);
    await expect.poll(() => page.getByTestId('show-qr').getAttribute('aria-pressed')).toBe('true');

    // The shortcuts behind "?": a dialog that takes focus, closes on Escape and gives focus back.
    await page.getByTestId('agenda-next').focus();
    await page.keyboard.press('?');
    await page.getByTestId('shortcuts').getByRole('heading', { name: 'Tastaturgenveje' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('shortcuts').isVisible()).toBe(false);
    expect(await focusedTestId(page)).toBe('agenda-next');
    await context.close();
  });

  it.for([
    { width: 1440, height: 900 },
    { width: 1280, height: 800 },
  ])('puts the board first during a workshop and keeps the presenter bar in reach at $width x $height', async (viewport, { webServer: server, browser }) => {
    const { created, watcher, context, page, items } = await openConsole(server, browser, viewport);
    const workshop = items.find((i) => i.kind === 'workshop')!;
    expect((await watcher.socket.emitWithAck('agenda:goto', { id: workshop.id })).ok).toBe(true);
    await page.locator('[data-testid=agenda-console][data-folded]').waitFor();
    const board = await page.getByTestId('board-console').boundingBox();
    const programme = await page.getByTestId('agenda-console').boundingBox();
    expect(board!.y).toBeLessThan(programme!.y);
    // Folded: the current and the next item only.
    expect(await page.getByTestId('agenda-console').getByTestId('programme-item').count()).toBe(2);
    await page.screenshot({ path: `test-results/console-workshop-${viewport.width}x${viewport.height}.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.mouse.wheel(0, 5000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const bar = await page.getByTestId('presenter-bar').boundingBox();
    expect(bar!.y).toBeGreaterThanOrEqual(0);
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(viewport.height / 3);
    for (const id of ['agenda-next', 'extend-5', 'phase-forward']) expect(await page.getByTestId(id).isVisible(), id).toBe(true);
    await page.screenshot({ path: `test-results/console-workshop-scrolled-${viewport.width}x${viewport.height}.png` });
    expect(created.sessionId).toBeTruthy();
    await context.close();
  });

  it('keeps what was typed in a minutes field when "+" is pressed there, without warnings, and sends only a number', async ({ webServer: server, browser }) => {
    const { watcher, context, page, items } = await openConsole(server, browser, { width: 1440, height: 900 });
    const warnings: string[] = [];
    page.on('console', (message) => void (['warning', 'error'].includes(message.type()) && warnings.push(message.text())));
    await page.getByTestId('agenda-next').click();
    await watcher.until((m) => m.state!.agenda.currentItemId === items[0]!.id);

    const field = page.getByTestId('late-minutes');
    await field.click();
    await page.keyboard.press('End');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    // "5++" is not a number: the field keeps it (the browser reports it as bad input) and will not submit it.
    expect(await field.evaluate((el: HTMLInputElement) => ({ badInput: el.validity.badInput, invalid: el.matches(':invalid') }))).toEqual({ badInput: true, invalid: true });
    expect(warnings).toEqual([]);

    const nextStart = watcher.state!.agenda.items[1]!.start;
    await field.fill('7');
    await page.keyboard.press('Enter');
    await watcher.until((m) => m.state!.agenda.items[1]!.start === nextStart + 7 * 60_000);
    expect(warnings).toEqual([]);
    await context.close();
  });
});
