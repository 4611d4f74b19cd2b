// What axe may pass over: the sector counts' contrast where they sit, the focus ring against a white card, the
// console's skip links past a full board, and a phone in voting that points at the other sectors.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { seriousAxeViolations } from '../kit/axe';
import { seedBigBoard } from '../kit/bigBoard';
import { joinFromPhone, newLaptop, newPhone } from '../kit/chromium';
import { joinAsFacilitator, newId } from '../kit/testServer';
import { it } from '../kit/browser';

/**
 * WCAG contrast of each element's colour (or its outline's, for `outline`) against the background it is drawn on,
 * with the opacity of it and its ancestors blended in.
 */
function contrasts(page: Page, selector: string, what: 'text' | 'outline' = 'text'): Promise<number[]> {
  return page.locator(selector).evaluateAll((els, what) => {
    const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number) as [number, number, number, number?];
    const lum = ([r, g, b]: number[]) => {
      const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    return els.map((el) => {
      let bg: number[] = [255, 255, 255];
      let alpha = 1;
      // The outline lies outside the element: its background is the parent's.
      for (let node: Element | null = what === 'outline' ? el.parentElement : el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        alpha *= Number(style.opacity);
        const [r, g, b, a = 1] = rgba(style.backgroundColor);
        if (a > 0) {
          bg = [r, g, b];
          break;
        }
      }
      const fg = rgba(what === 'outline' ? getComputedStyle(el).outlineColor : getComputedStyle(el).color);
      alpha *= what === 'text' ? Number(getComputedStyle(el).opacity) : 1;
      const seen = [0, 1, 2].map((i) => fg[i]! * alpha + bg[i]! * (1 - alpha));
      const [hi, lo] = [lum(seen), lum(bg)].sort((a, b) => b - a) as [number, number];
      return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
    });
  }, what);
}

describe('contrast, focus and skip links in real Chromium', () => {
  it('the console: counts ≥ 4.5:1, a focus ring ≥ 3:1 on a white card, skip links past 60 ideas', async ({ webServer: server, browser }) => {
    const { created } = await seedBigBoard(server);
    const { page, context } = await newLaptop(browser);
    await page.goto(created.facilitatorUrl);
    await page.getByTestId('idea').first().waitFor();

    const counts = await contrasts(page, '.column-head .count');
    expect(counts).toHaveLength(3);
    for (const ratio of counts) expect(ratio).toBeGreaterThanOrEqual(4.5);

    // Skip links come right after the presenter bar, before any idea; "to the programme" lands on its heading
    // without touching the key in the address.
    const address = page.url();
    const focusedIs = () => page.evaluate(() => ({ id: document.activeElement?.getAttribute('data-testid'), inIdea: document.activeElement?.closest('[data-testid="idea"]') !== null }));
    for (let stop = 0; stop < 15 && (await focusedIs()).id !== 'skip-board-heading'; stop++) {
      await page.keyboard.press('Tab');
      expect((await focusedIs()).inIdea, 'an idea before the skip links').toBe(false);
    }
    expect((await focusedIs()).id).toBe('skip-board-heading');
    await page.getByTestId('skip-programme-heading').focus();
    await page.screenshot({ path: 'test-results/console-skip-links-1440x900.png' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('programme-heading');
    expect(page.url()).toBe(address);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[aria-labelledby="programme-heading"]') !== null)).toBe(true);

    // A button on a white idea card, reached by keyboard: its ring stands out from the card.
    await page.getByTestId('idea').first().getByRole('button').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const focused = '[data-testid="idea"] button:focus-visible';
    expect(await page.locator(focused).count()).toBe(1);
    for (const ratio of await contrasts(page, focused, 'outline')) expect(ratio).toBeGreaterThanOrEqual(3);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a phone in voting: tab counts ≥ 4.5:1 and a word about the other sectors and where its dots went', async ({ webServer: server, browser }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    for (const [i, sector] of (['public', 'public', 'market', 'civil'] as const).entries()) {
      expect((await facilitator.socket.emitWithAck('idea:add', { id: newId(), sector, text: `Idé ${i + 1}` })).ok).toBe(true);
    }
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'voting' })).ok).toBe(true);
    const { page, context } = await newPhone(browser);
    await joinFromPhone(page, created.joinUrl, 'Anna');
    await page.getByTestId('other-sectors').waitFor();
    for (const ratio of await contrasts(page, '[id^="tab-"] .count')) expect(ratio).toBeGreaterThanOrEqual(4.5);
    expect(await page.getByTestId('other-sectors').textContent()).toContain('Der er også idéer under Markedet (1), Civilsamfundet (1)');
    await page.getByTestId('vote').first().click();
    await expect.poll(() => page.getByTestId('dots-per-sector').textContent()).toBe('Dine prikker: Det offentlige 1 · Markedet 0 · Civilsamfundet 0');
    await page.screenshot({ path: 'test-results/phone-voting-other-sectors-390x844.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
