// Similar ideas and questions in real Chromium: the console suggests a group of near-duplicates (rows of
// test/fixtures/similar-ideas.json as people type them), one click merges, "Ikke ens" takes a suggestion away; a phone
// writing an idea is told of alike ideas it can see, never of a hidden one. Screenshots go to /tmp to look at.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { type AxeFinding, seriousAxeViolations } from '../kit/axe';
import { it } from '../kit/browser';
import { createWorkshopViaHome, joinFromPhone, newLaptop, newPhone } from '../kit/chromium';

const SHOTS = process.env.SCREENSHOT_DIR ?? '/tmp';

type FixtureIdea = { id: string; text: string };
const fixture = (JSON.parse(fs.readFileSync('test/fixtures/similar-ideas.json', 'utf8')) as { ideas: FixtureIdea[] }).ideas;
const row = (id: string) => fixture.find((idea) => idea.id === id)!.text;
/** Borgerservice on the library's floor, typed three ways (the fixture's group "borgerservice"), and one idea apart. */
const [SAID, SAID_AGAIN, SAID_THIRD, APART] = [row('p4'), row('p5'), row('p6'), row('p13')];

async function expectNoSeriousFindings(page: Page, where: string) {
  const found: AxeFinding[] = await seriousAxeViolations(page);
  expect(found, where).toEqual([]);
}

async function addIdea(page: Page, text: string) {
  await page.getByRole('radio', { name: 'Det offentlige' }).click();
  await page.locator('#idea-text').fill(text);
  await page.getByTestId('add-idea').click();
  await page.getByTestId('board-phone').getByTestId('idea').filter({ hasText: text }).first().waitFor();
}

async function consoleAdds(page: Page, text: string) {
  await page.getByTestId('console-idea-text').fill(text);
  await page.getByTestId('console-add-idea').click();
  await page.getByTestId('column-public').getByTestId('idea').filter({ hasText: text }).waitFor();
}

const publicIdeas = (page: Page) => page.getByTestId('column-public').getByTestId('idea');
const phoneIdeas = (page: Page) => page.getByTestId('board-phone').getByTestId('idea');
const suggested = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .getByTestId('similar-group')
    .evaluateAll((groups) => groups.map((g) => [...g.querySelectorAll('.similar-first strong, .similar-other > span:first-child')].map((p) => p.textContent)));
const question = (page: Page, text: string) => page.getByTestId('question').filter({ hasText: text });

async function ask(page: Page, text: string) {
  await page.getByTestId('question-text').fill(text);
  await page.getByTestId('ask').click();
  await page.getByTestId('asked').waitFor();
}

async function upvote(page: Page, text: string, votes: string) {
  await question(page, text).getByTestId('upvote').click();
  await expect.poll(() => question(page, text).getAttribute('data-votes')).toBe(votes);
}

describe('similar ideas and questions in real Chromium', () => {
  it('the console suggests near-duplicate ideas of a sector; one click merges (the phones see one idea), "Ikke ens" takes the suggestion away', async ({ webServer: server, browser }) => {
    const console = (await newLaptop(browser)).page;
    const { joinUrl } = await createWorkshopViaHome(console, server.url);
    await console.getByTestId('phase-collecting').click();
    const [anna, bo] = (await Promise.all([newPhone(browser), newPhone(browser)])).map((p) => p.page) as [Page, Page];
    await joinFromPhone(anna, joinUrl, 'Anna');
    await joinFromPhone(bo, joinUrl, 'Bo');

    await consoleAdds(console, SAID);
    await addIdea(anna, SAID_AGAIN);
    await addIdea(bo, SAID_THIRD);
    await addIdea(bo, APART);
    await expect.poll(() => publicIdeas(console).count()).toBe(4);

    // One suggested group of the three, the oldest first (no votes yet); the idea apart is in none.
    await expect.poll(() => suggested(console, 'similar-ideas')).toEqual([[`Det offentlige: ${SAID}`, `Det offentlige: ${SAID_AGAIN}`, `Det offentlige: ${SAID_THIRD}`]]);
    const section = console.getByTestId('similar-ideas');
    await section.scrollIntoViewIfNeeded();
    await console.screenshot({ path: `${SHOTS}/similar-ideas-console-1440x900.png` });
    await expectNoSeriousFindings(console, 'console with similar ideas');

    // One click merges Anna's idea into the first: the board holds one idea fewer, and so does every phone.
    await section.getByTestId('similar-merge').first().click();
    await expect.poll(() => publicIdeas(console).count()).toBe(3);
    await anna.getByRole('tab', { name: /Det offentlige/ }).click();
    await expect.poll(() => phoneIdeas(anna).count()).toBe(3);
    await expect.poll(() => phoneIdeas(anna).filter({ hasText: SAID }).textContent()).toContain(SAID_AGAIN);
    await expect.poll(() => suggested(console, 'similar-ideas')).toEqual([[`Det offentlige: ${SAID}\n\n${SAID_AGAIN}`, `Det offentlige: ${SAID_THIRD}`]]);
    await anna.screenshot({ path: `${SHOTS}/similar-ideas-phone-merged-390x844.png` });

    // "Ikke ens": the suggestion goes and stays gone; nothing is merged.
    await section.getByTestId('similar-dismiss').click();
    await section.waitFor({ state: 'detached' });
    expect(await publicIdeas(console).count()).toBe(3);
    await console.setViewportSize({ width: 1920, height: 1080 });
    await console.screenshot({ path: `${SHOTS}/similar-ideas-console-dismissed-1920x1080.png` });
  });

  it('the console suggests alike questions to the talk; merging adds their votes up, a person once', async ({ webServer: server, browser }) => {
    const console = (await newLaptop(browser)).page;
    const { joinUrl } = await createWorkshopViaHome(console, server.url);
    await console.getByTestId('agenda-start').click();
    await console.getByTestId('agenda-next').click();
    await console.getByTestId('now-title').filter({ hasText: 'Produktive partnerskaber' }).waitFor();
    const phones = await Promise.all(['Anna', 'Bo', 'Carl', 'Dan'].map(() => newPhone(browser)));
    const [anna, bo, carl, dan] = phones.map((p) => p.page) as [Page, Page, Page, Page];
    for (const [page, name] of [[anna, 'Anna'], [bo, 'Bo'], [carl, 'Carl'], [dan, 'Dan']] as const) await joinFromPhone(page, joinUrl, name);

    const [first, again, apart] = ['Hvordan finder vi en partner i erhvervslivet?', 'Hvordan finder man partnere i erhvervslivet?', 'Hvem betaler for kaffen?'];
    await ask(anna, first);
    await ask(bo, again);
    await ask(carl, apart);
    // Bo and Carl like Anna's; Carl and Dan like Bo's: Carl counts once when they become one.
    await upvote(bo, first, '1');
    await upvote(carl, first, '2');
    await upvote(carl, again, '1');
    await upvote(dan, again, '2');

    const section = console.getByTestId('similar-questions');
    await expect.poll(() => suggested(console, 'similar-questions')).toEqual([[first, again]]);
    await section.scrollIntoViewIfNeeded();
    await console.screenshot({ path: `${SHOTS}/similar-questions-console-1440x900.png` });
    await expectNoSeriousFindings(console, 'console with similar questions');

    await section.getByTestId('similar-merge').click();
    await section.waitFor({ state: 'detached' });
    for (const page of [console, anna, dan]) {
      await expect.poll(() => question(page, first).getAttribute('data-votes')).toBe('3');
      await expect.poll(() => question(page, again).count()).toBe(0);
    }
    await dan.screenshot({ path: `${SHOTS}/similar-questions-phone-merged-390x844.png` });
  });

  it("a phone writing an idea is told of alike ideas it can see, never of a hidden one", async ({ webServer: server, browser }) => {
    const console = (await newLaptop(browser)).page;
    console.on('dialog', (dialog) => void dialog.accept());
    const { joinUrl } = await createWorkshopViaHome(console, server.url);
    await console.getByTestId('phase-collecting').click();
    await consoleAdds(console, SAID);
    await consoleAdds(console, SAID_AGAIN);
    await publicIdeas(console).filter({ hasText: SAID_AGAIN }).getByRole('button', { name: /^Flere handlinger/ }).click();
    await console.getByRole('button', { name: 'Skjul' }).click();
    await publicIdeas(console).filter({ hasText: SAID_AGAIN }).getByTestId('idea-hidden').waitFor();

    const anna = (await newPhone(browser)).page;
    await joinFromPhone(anna, joinUrl, 'Anna');
    await anna.getByRole('radio', { name: 'Det offentlige' }).click();
    await anna.locator('#idea-text').fill(SAID_THIRD);
    const hint = anna.getByTestId('similar-hint');
    await expect.poll(() => hint.textContent()).toContain('Lignende idéer findes allerede');
    await expect.poll(() => hint.locator('li').allTextContents()).toEqual([SAID]);
    await hint.scrollIntoViewIfNeeded();
    await anna.screenshot({ path: `${SHOTS}/similar-hint-phone-390x844.png` });
    await expectNoSeriousFindings(anna, 'phone with the hint');

    // The hidden idea is shown again: now it is one the phone may see, and the hint names it once the text changes.
    await publicIdeas(console).filter({ hasText: SAID_AGAIN }).getByRole('button', { name: 'Vis' }).click();
    await phoneIdeas(anna).filter({ hasText: SAID_AGAIN }).waitFor();
    await anna.locator('#idea-text').fill(`${SAID_THIRD}!`);
    await expect.poll(async () => (await hint.locator('li').allTextContents()).sort()).toEqual([SAID, SAID_AGAIN].sort());

    // Another sector has no alike idea: no hint.
    await anna.getByRole('radio', { name: 'Markedet' }).click();
    await hint.waitFor({ state: 'detached' });
  });
});
