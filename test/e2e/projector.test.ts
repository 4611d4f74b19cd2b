import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from '../kit/axe';
import { seedBigBoard } from '../kit/bigBoard';
import { newId } from '../kit/testServer';

const screens = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];
/** 28 px at 1920x1080, the same share of a smaller screen. */
const bodyTarget = (viewport: { width: number; height: number }) => 28 * Math.min(viewport.width / 1920, viewport.height / 1080) - 0.01;

interface Shown {
  ids: string[];
  outside: string[];
  smallest: number;
}

/** What the current page shows: the cards, any card not wholly inside the screen and its column, the smallest body text. */
async function shownOnPage(page: Page, list: string, card: string, text: string): Promise<Shown> {
  return page.evaluate(
    ({ list, card, text }) => {
      const cards = [...document.querySelectorAll<HTMLElement>(`[data-testid="${list}"] [data-testid="${card}"]`)];
      const outside: string[] = [];
      for (const el of cards) {
        const box = el.getBoundingClientRect();
        const column = el.closest('.paged-body')!.getBoundingClientRect();
        const bars = [...el.querySelectorAll('.bar-row')].map((b) => b.getBoundingClientRect());
        const inside = (r: DOMRect) =>
          r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth && r.bottom <= column.bottom + 0.5 && r.top >= column.top - 0.5;
        if (!inside(box) || !bars.every(inside)) outside.push(el.dataset.ideaId!);
      }
      const sizes = cards.map((el) => parseFloat(getComputedStyle(el.querySelector(text)!).fontSize));
      return { ids: cards.map((el) => el.dataset.ideaId!), outside, smallest: Math.min(...sizes) };
    },
    { list, card, text },
  );
}

async function everyPage(page: Page, name: string, list: string, card: string, text: string) {
  const paged = page.locator('.paged');
  await page.getByTestId(list).locator(`[data-testid="${card}"]`).first().waitFor();
  const pages = Number(await paged.getAttribute('data-pages'));
  const seen = new Set<string>();
  for (let n = 1; n <= pages; n++) {
    await expect.poll(() => paged.getAttribute('data-page')).toBe(String(n));
    await page.screenshot({ path: `test-results/projector-${name}-p${n}.png` });
    const shown = await shownOnPage(page, list, card, text);
    expect(shown.ids.length, `page ${n} shows cards`).toBeGreaterThan(0);
    expect(shown.outside, `${name} page ${n}: cards outside the screen`).toEqual([]);
    shown.ids.forEach((id) => seen.add(id));
    await page.keyboard.press('ArrowRight');
  }
  // One cycle: after the last page comes the first again.
  await expect.poll(() => paged.getAttribute('data-page')).toBe('1');
  return { pages, seen, smallest: (await shownOnPage(page, list, card, text)).smallest };
}

describe('the projector in real Chromium', () => {
  it.for(screens)('pages 60 ideas in two groups at $width x $height: every card on screen, every idea shown, large text', async (viewport, { webServer: server, browser }) => {
    const { created, ids, groups } = await seedBigBoard(server);
    const context = await browser.newContext({ viewport, locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(created.projectorUrl);
    const name = `collecting-${viewport.width}x${viewport.height}`;
    const { pages, seen, smallest } = await everyPage(page, name, 'projector-ideas', 'projector-idea', '.pidea-text');
    expect(pages).toBeGreaterThan(1);
    expect([...seen].sort()).toEqual([...ids].sort());
    expect(smallest).toBeGreaterThanOrEqual(bodyTarget(viewport));
    expect(await page.getByTestId('page-indicator').textContent()).toBe(`Side 1/${pages}`);
    for (const group of groups) expect(await page.locator('.pgroup-title', { hasText: group.title }).count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Never scrolled: the page is exactly the screen.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(viewport.height);
    await context.close();
  });

  it.for(screens)('ranks 60 voted ideas with bars at $width x $height: every bar on screen, every idea shown, top first', async (viewport, { webServer: server, browser }) => {
    const { created, ids } = await seedBigBoard(server, { results: true });
    const context = await browser.newContext({ viewport, locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(created.projectorUrl);
    const name = `results-${viewport.width}x${viewport.height}`;
    const { seen, smallest } = await everyPage(page, name, 'results', 'result-row', '.presult-text');
    expect([...seen].sort()).toEqual([...ids].sort());
    expect(smallest).toBeGreaterThanOrEqual(bodyTarget(viewport));
    const firstVotes = await page.getByTestId('results').locator('[data-column=public] [data-testid=result-votes]').allTextContents();
    expect(firstVotes.map(Number)).toEqual([...firstVotes.map(Number)].sort((a, b) => b - a));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('turns pages by itself, brings a new idea into view with a highlight, switches language and shows the QR large on request', async ({ webServer: server, browser }) => {
    const { created, facilitator } = await seedBigBoard(server);
    const context = await browser.newContext({ viewport: screens[0], locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(created.projectorUrl);
    const paged = page.locator('.paged');
    await page.getByTestId('page-indicator').waitFor();
    await expect.poll(() => paged.getAttribute('data-page'), { timeout: 12_000 }).toBe('2');

    const id = newId();
    expect((await facilitator.socket.emitWithAck('idea:add', { id, sector: 'market', text: 'Helt ny idé fra salen' })).ok).toBe(true);
    const fresh = page.getByTestId('projector-ideas').locator(`[data-idea-id="${id}"]`);
    await fresh.waitFor();
    expect(await fresh.getAttribute('class')).toContain('pidea-fresh');
    expect(await paged.getAttribute('data-page')).toBe('1');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByTestId('page-indicator').textContent()).toMatch(/^Page 1\/\d+$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    expect((await facilitator.socket.emitWithAck('projector:qr', { isLarge: true })).ok).toBe(true);
    await page.getByTestId('join-large').waitFor();
    expect(await page.getByTestId('join-corner').count()).toBe(0);
    const qr = await page.getByTestId('join-large').getByTestId('join-qr').boundingBox();
    expect(qr!.width).toBeGreaterThan(500);
    await page.screenshot({ path: 'test-results/projector-qr-large-1920x1080.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await facilitator.socket.emitWithAck('projector:qr', { isLarge: false })).ok).toBe(true);
    await page.getByTestId('join-corner').waitFor();
    await context.close();
  });
});
