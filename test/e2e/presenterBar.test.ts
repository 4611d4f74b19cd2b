// The console's presenter bar in real Chromium at a laptop's and a small projector's size: the item on now is
// readable in full beside the buttons, and what the page scrolls to is not hidden under the bar.
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { it } from '../kit/browser';
import { joinAsFacilitator, type Mirror, type TestServer } from '../kit/testServer';

async function send(mirror: Mirror, command: string, payload: object) {
  const emit = mirror.socket.emitWithAck.bind(mirror.socket) as (c: string, p: object) => Promise<{ ok: boolean; code?: string }>;
  const ack = await emit(command, payload);
  expect(ack.code).toBeUndefined();
}

/** A console at `viewport` whose item on now has the programme's longest title. */
async function consoleOnLongestItem(server: TestServer, browser: Browser, viewport: { width: number; height: number }) {
  const created = await server.createSession({ date: '2030-06-03' });
  const watcher = await joinAsFacilitator(server, created);
  const items = watcher.state!.agenda.items;
  const longest = items.reduce((a, b) => (b.title.length > a.title.length ? b : a));
  await send(watcher, 'agenda:mode', { mode: 'manual' });
  await send(watcher, 'agenda:start', {});
  while (watcher.state!.agenda.currentItemId !== longest.id) {
    const before = watcher.state!.agenda.currentItemId;
    await send(watcher, 'agenda:next', {});
    await watcher.until((m) => m.state!.agenda.currentItemId !== before);
  }
  const context = await browser.newContext({ viewport, locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(created.facilitatorUrl);
  await page.locator('.presenter-title', { hasText: longest.title }).waitFor();
  return { context, page, title: longest.title };
}

/** The title's box, whether its text is cut, and the bar's buttons whose boxes meet it. */
const titleLayout = (page: Page) =>
  page.evaluate(() => {
    const title = document.querySelector<HTMLElement>('.presenter-title')!;
    const box = title.getBoundingClientRect();
    const meets = (b: DOMRect) => b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom;
    const buttons = [...document.querySelectorAll<HTMLElement>('[data-testid=presenter-bar] button')].filter((b) => b.offsetParent && meets(b.getBoundingClientRect()));
    return { isCut: title.scrollWidth > title.clientWidth || title.scrollHeight > title.clientHeight, width: box.width, overlapping: buttons.map((b) => b.textContent) };
  });

describe("the console's presenter bar", () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }]) {
    it(`shows the item on now in full beside its buttons at ${viewport.width}×${viewport.height}`, async ({ webServer: server, browser }) => {
      const { context, page, title } = await consoleOnLongestItem(server, browser, viewport);
      const layout = await titleLayout(page);
      expect(layout.isCut).toBe(false);
      expect(layout.width).toBeGreaterThan(0);
      expect(layout.overlapping).toEqual([]);
      expect(await page.locator('.presenter-title').innerText()).toBe(title);
      await page.screenshot({ path: `test-results/presenter-bar-${viewport.width}x${viewport.height}.png` });
      await context.close();
    });
  }

  it("keeps below the sticky bar a part a skip link moves to, or one scrolled to its top", async ({ webServer: server, browser }) => {
    const { context, page } = await consoleOnLongestItem(server, browser, { width: 1440, height: 900 });
    const belowTheBar = (id: string) =>
      page.evaluate((heading) => {
        const bar = document.querySelector('.console-sticky')!.getBoundingClientRect();
        const top = document.getElementById(heading)!.getBoundingClientRect().top;
        return { top, barBottom: bar.bottom };
      }, id);
    for (const id of ['polls-heading', 'board-heading', 'questions-heading']) {
      await page.getByTestId(`skip-${id}`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id);
      const { top, barBottom } = await belowTheBar(id);
      expect(top, id).toBeGreaterThanOrEqual(barBottom);
    }
    // As a link to an anchor scrolls: the part's top to the top of the page.
    for (const id of ['polls-heading', 'board-heading', 'questions-heading']) {
      await page.evaluate((heading) => document.getElementById(heading)!.scrollIntoView(), id);
      const { top, barBottom } = await belowTheBar(id);
      expect(top, id).toBeGreaterThanOrEqual(barBottom);
    }
    await context.close();
  });
});
