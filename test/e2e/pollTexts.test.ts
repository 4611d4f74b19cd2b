// Open-text answers in real Chromium: answers that are one after normalisation show as one entry with its count on
// the console and the projector; the console opens an entry to the texts as typed. Screenshots go to /tmp.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { type AxeFinding, seriousAxeViolations } from '../kit/axe';
import { it } from '../kit/browser';
import { createWorkshopViaHome, newLaptop, newPhone } from '../kit/chromium';
import { wholeOnScreen } from '../kit/onScreen';

const SHOTS = process.env.SCREENSHOT_DIR ?? '/tmp';
const QUESTION = 'Hvem skal biblioteket samarbejde med?';
const TYPED = ['Røde Kors', 'røde kors!', 'RØDE KORS\u200b', 'Ældre Sagen', 'ældre sagen.'];

async function expectNoSeriousFindings(page: Page, where: string) {
  const found: AxeFinding[] = await seriousAxeViolations(page);
  expect(found, where).toEqual([]);
}

const entries = (page: Page, scope: string) =>
  page
    .getByTestId(scope)
    .getByTestId('poll-text-entry')
    .evaluateAll((rows) => rows.map((r) => `${(r.querySelector('summary') ?? r).firstChild?.textContent} ${r.getAttribute('data-count')}`));

describe('open-text answers in real Chromium', () => {
  it('the console and the projector show answers that are the same after normalisation as one entry with its count', async ({ webServer: server, browser }) => {
    const console = (await newLaptop(browser)).page;
    const { joinCode, joinUrl } = await createWorkshopViaHome(console, server.url);
    await console.getByTestId('poll-create-toggle').click();
    await console.getByTestId('poll-form-question').fill(QUESTION);
    await console.getByTestId('poll-form-kind').selectOption('text');
    await console.getByTestId('poll-form-submit').click();
    const row = console.getByTestId('console-poll').filter({ hasText: QUESTION });
    await row.getByTestId('poll-open').click();

    const projector = (await newLaptop(browser, 'da-DK', { viewport: { width: 1920, height: 1080 } })).page;
    await projector.goto(`${server.url}/p/${joinCode}`);
    await projector.getByTestId('projector-poll').waitFor();

    for (const [i, text] of TYPED.entries()) {
      const phone = (await newPhone(browser)).page;
      // The open poll takes the phone over as soon as it has joined.
      await phone.goto(joinUrl);
      await phone.getByTestId('enter').waitFor();
      await phone.getByLabel(/navn/i).fill(`Deltager ${i + 1}`);
      await phone.getByTestId('enter').click();
      await phone.getByTestId('poll-text').fill(text);
      await phone.getByTestId('poll-send').click();
      await phone.getByTestId('poll-saved').waitFor();
      if (i === 0) await phone.screenshot({ path: `${SHOTS}/poll-texts-phone-390x844.png` });
      await phone.context().close();
    }

    const expected = ['Røde Kors 3', 'Ældre Sagen 2'];
    await expect.poll(() => entries(console, 'console-poll')).toEqual(expected);
    await expect.poll(() => entries(projector, 'projector-poll')).toEqual(expected);

    // The console opens an entry to the answers exactly as typed.
    const first = row.getByTestId('poll-text-entry').first();
    await first.locator('summary').click();
    await expect.poll(() => first.getByTestId('poll-text-answers').locator('li').allTextContents()).toEqual(['Røde Kors', 'røde kors!', 'RØDE KORS\u200b']);
    await row.scrollIntoViewIfNeeded();
    await console.screenshot({ path: `${SHOTS}/poll-texts-console-1440x900.png` });
    await expectNoSeriousFindings(console, 'console with grouped answers');

    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      await projector.setViewportSize(size);
      await expect.poll(() => wholeOnScreen(projector, '[data-testid="poll-text-entry"]'), { message: `${size.width}x${size.height}` }).toEqual([]);
      await projector.screenshot({ path: `${SHOTS}/poll-texts-projector-${size.width}x${size.height}.png` });
    }
    expect(await projector.getByTestId('poll-text-answers').count()).toBe(0);
    await expectNoSeriousFindings(projector, 'projector with grouped answers');
  });
});
