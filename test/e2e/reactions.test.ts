// Reactions in real Chromium: a phone's bar sends taps, the console counts them, the projector's rail shows them
// rising beside what it shows (never over it) at 1920×1080 and 1280×720; screenshots go to /tmp to look at.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { reactionLimits } from '../../shared/limits';
import { it } from '../kit/browser';
import { createWorkshopViaHome, joinFromPhone, newLaptop, newPhone } from '../kit/chromium';

const SHOTS = process.env.SCREENSHOT_DIR ?? '/tmp';

/** The bar sends at most one tap per `clientGapMs` of its own clock: the condition for the next tap is that gap gone. */
async function barTakesTaps(phone: Page) {
  const since = await phone.evaluate(() => performance.now());
  await phone.waitForFunction(({ from, gap }) => performance.now() - from >= gap, { from: since, gap: reactionLimits.clientGapMs });
}

async function tapAll(phone: Page) {
  for (const kind of ['clap', 'heart', 'idea', 'clap']) {
    await phone.locator(`.reaction-button[data-kind="${kind}"]`).click();
    await expect.poll(() => phone.getByTestId('reaction-status').getAttribute('data-status')).toBe('counted');
    await barTakesTaps(phone);
  }
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('reactions in real Chromium', () => {
  it('a phone taps, the console counts per kind, the projector shows a rail of rising glyphs beside what it shows', async ({ webServer: server, browser }) => {
    const console = (await newLaptop(browser)).page;
    const { joinCode, joinUrl } = await createWorkshopViaHome(console, server.url);
    await console.getByTestId('agenda-start').click();
    await console.getByTestId('agenda-next').click();
    await console.getByTestId('now-title').filter({ hasText: 'Produktive partnerskaber' }).waitFor();
    const phone = (await newPhone(browser)).page;
    await joinFromPhone(phone, joinUrl, 'Anna');
    const projectors = await Promise.all(
      [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }].map(async (viewport) => (await newLaptop(browser, 'da-DK', { viewport })).page),
    );
    for (const p of projectors) await p.goto(`${server.url}/p/${joinCode}`);

    await phone.getByTestId('reaction-bar').waitFor();
    await phone.screenshot({ path: `${SHOTS}/reactions-phone-390.png` });
    await tapAll(phone);
    await phone.screenshot({ path: `${SHOTS}/reactions-phone-390-after.png` });

    await expect.poll(() => console.getByTestId('console-reaction-counts').textContent()).toContain('I alt 4');
    const counts = (page: Page) => page.locator('.preactions-counts li').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-kind')}=${r.querySelector('.preaction-count')?.textContent}`));
    for (const p of projectors) await expect.poll(() => counts(p)).toEqual(['clap=2', 'heart=1', 'idea=1', 'laugh=0', 'think=0']);

    // Mid-burst: one more tap, glyphs rising, then the pictures.
    await phone.locator('.reaction-button[data-kind="laugh"]').click();
    for (const [i, p] of projectors.entries()) {
      await p.locator('.preaction-rise').first().waitFor();
      // The picture shows the glyphs on their way up: the rise's animation a while along.
      await p.waitForFunction(() => {
        const rise = document.querySelector('.preaction-rise')?.getAnimations()[0];
        return !rise || Number(rise.currentTime) >= 600;
      });
      await p.screenshot({ path: `${SHOTS}/reactions-projector-${i === 0 ? '1920' : '1280'}.png` });
      const rail = (await p.getByTestId('projector-reactions').boundingBox())!;
      // What the projector shows (the questions, the board, a poll or the programme) lies beside the rail, never under it.
      const shown = (await p.locator('.pboard, .projector-content').first().boundingBox())!;
      expect(overlaps(rail, shown)).toBe(false);
    }

    // Off for this item: the phone's bar gives way to a note and the projector's rail goes.
    await console.getByTestId('reactions-item').click();
    await phone.getByTestId('reactions-off').waitFor();
    for (const p of projectors) await expect.poll(() => p.getByTestId('projector-reactions').count()).toBe(0);
  });
});
