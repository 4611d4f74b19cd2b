// A workshop held at tables, in real Chromium: the facilitator sets two tables and prints their QR codes, phones
// join by a table's link (one picks its table after joining), the tables collect, each table votes for its best,
// the room votes among the picks, and the projector shows each table's picks and then the room's ranking.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { type AxeFinding, seriousAxeViolations } from '../kit/axe';
import { createWorkshopViaHome, joinFromPhone, newLaptop, newPhone } from '../kit/chromium';
import { wholeOnScreen } from '../kit/onScreen';
import { it } from '../kit/browser';

const PROJECTOR_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

async function expectNoSeriousFindings(page: Page, where: string) {
  const found: AxeFinding[] = await seriousAxeViolations(page);
  expect(found, where).toEqual([]);
}

async function addIdea(page: Page, sector: string, text: string) {
  await page.getByRole('radio', { name: sector }).click();
  await page.locator('#idea-text').fill(text);
  await page.getByTestId('add-idea').click();
  await page.getByTestId('board-phone').getByTestId('idea').filter({ hasText: text }).waitFor();
}

const ideaCard = (page: Page, text: string) => page.getByTestId('board-phone').getByTestId('idea').filter({ hasText: text });
const listedIdeas = (page: Page) => page.getByTestId('board-phone').getByTestId('idea').allTextContents();

/** A dot on an idea of the public sector, seen arrived at the server. */
async function vote(page: Page, text: string) {
  await page.getByRole('tab', { name: /Det offentlige/ }).click();
  const card = ideaCard(page, text);
  await card.getByTestId('vote').click();
  await expect.poll(() => card.getByTestId('my-dots').getAttribute('data-dots')).toBe('1');
  await expect.poll(() => card.getByTestId('my-dots').getAttribute('data-pending')).toBeNull();
}

/** The projector at both sizes: a screenshot each, nothing cut off, nothing axe calls serious. */
async function atBothSizes(page: Page, name: string, whole: string) {
  for (const size of PROJECTOR_SIZES) {
    await page.setViewportSize(size);
    // The projector cuts its pages again once it has measured the new size.
    await expect.poll(() => wholeOnScreen(page, whole), { message: `${name} at ${size.width}x${size.height}` }).toEqual([]);
    await page.screenshot({ path: `/tmp/tables-projector-${name}-${size.width}x${size.height}.png` });
  }
  await expectNoSeriousFindings(page, `projector, ${name}`);
}

describe('a workshop held at tables in real Chromium', () => {
  it("joins phones by their table's QR link, collects at two tables, votes in two rounds and shows the tables' picks, then the room's ranking", async ({ webServer: server, browser }) => {
    const laptop = await newLaptop(browser);
    const console = laptop.page;
    console.on('dialog', (dialog) => void dialog.accept());
    const { joinCode, joinUrl } = await createWorkshopViaHome(console, server.url);

    // Two tables by name, two rounds of voting, one pick per table.
    await console.getByTestId('tables-edit').click();
    await console.getByTestId('tables-mode-names').click();
    await console.locator('#tables-names').fill('Aarhus\nVejle');
    await console.getByTestId('tables-save').click();
    await expect.poll(() => console.getByTestId('tables-summary').getAttribute('data-count')).toBe('2');
    await console.getByTestId('vote-rounds-2').click();
    await console.getByTestId('picks-per-table').fill('1');
    await expect.poll(() => console.getByTestId('picks-per-table').inputValue()).toBe('1');

    // The printable sheet: a page a table, each with its QR code and its own link; on paper nothing else.
    await console.getByTestId('tables-print').click();
    const sheet = console.getByTestId('table-sheet');
    await expect.poll(() => sheet.getByTestId('sheet-qr').count()).toBe(2);
    const links = await sheet.getByTestId('sheet-url').allTextContents();
    expect(links.map((link) => link.startsWith(`${joinUrl}#table=`))).toEqual([true, true]);
    expect(await sheet.getByTestId('sheet-qr').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth > 0))).toEqual([true, true]);
    await expectNoSeriousFindings(console, 'console, table sheet');
    await console.getByTestId('sheet-paper-a5').click();
    await console.emulateMedia({ media: 'print' });
    expect(await console.locator('.console-grid').isVisible()).toBe(false);
    expect(await sheet.getByTestId('sheet-print').isVisible()).toBe(false);
    await console.screenshot({ path: '/tmp/tables-sheet-a5-print.png', fullPage: true });
    await console.emulateMedia({ media: 'screen' });
    await console.getByTestId('sheet-close').click();
    await console.getByTestId('phase-collecting').click();

    // Anna and Bo scan Aarhus's code, Cy scans Vejle's; Dan came by the room's code and picks Vejle himself.
    const phones = await Promise.all(['Anna', 'Bo', 'Cy', 'Dan'].map(() => newPhone(browser)));
    const [anna, bo, cy, dan] = phones.map((p) => p.page) as [Page, Page, Page, Page];
    for (const [page, link, name] of [
      [anna, links[0]!, 'Anna'],
      [bo, links[0]!, 'Bo'],
      [cy, links[1]!, 'Cy'],
    ] as const) {
      await joinFromPhone(page, link, name);
      await expect.poll(() => page.getByTestId('table-seat').textContent()).toContain(link === links[0] ? 'Aarhus' : 'Vejle');
      // The table's link leaves the address once the phone sits there, so a reload does not undo a later move.
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    }
    await joinFromPhone(dan, joinUrl, 'Dan');
    await dan.getByTestId('table-chooser').waitFor();
    await expectNoSeriousFindings(dan, 'phone choosing its table');
    await dan.getByTestId('table-choice').selectOption({ label: 'Vejle' });
    await dan.getByTestId('table-choose').click();
    await expect.poll(() => dan.getByTestId('table-seat').textContent()).toContain('Vejle');

    await addIdea(anna, 'Det offentlige', 'Aarhus: lektiecafé med kommunen');
    await addIdea(bo, 'Det offentlige', 'Aarhus: sundhedsplejen i børnebiblioteket');
    await addIdea(bo, 'Markedet', 'Aarhus: kaffebar drevet af lokal café');
    await addIdea(cy, 'Det offentlige', 'Vejle: jobcenteret holder åbent på biblioteket');
    await addIdea(dan, 'Civilsamfundet', 'Vejle: Røde Kors læser højt');
    await addIdea(dan, 'Det offentlige', 'Vejle: museet låner udstillinger ud');

    // A phone sees its table's board first, the whole room one tap away.
    await anna.getByRole('tab', { name: /Det offentlige/ }).click();
    await expect.poll(() => listedIdeas(anna)).toEqual([expect.stringContaining('Aarhus: sundhedsplejen'), expect.stringContaining('Aarhus: lektiecafé')]);
    await anna.getByTestId('table-scope-room').click();
    await expect.poll(async () => (await listedIdeas(anna)).length).toBe(4);
    await anna.getByTestId('table-scope-table').click();
    await anna.screenshot({ path: '/tmp/tables-phone-collecting-390x844.png' });
    await expectNoSeriousFindings(anna, 'phone at a table, collecting');

    // The console: every table at a glance; one table's board opened and moderated there.
    const card = (name: string) => console.getByTestId('table-card').filter({ hasText: name });
    await expect.poll(() => card('Aarhus').getAttribute('data-ideas')).toBe('3');
    await expect.poll(() => card('Vejle').getAttribute('data-ideas')).toBe('3');
    expect(await card('Vejle').textContent()).toContain('2 ved bordet');
    // Each count on a card reads on one line: a narrow card wraps between counts, not between a number and its word.
    const countLines = await card('Vejle').locator('.table-card-count > *').evaluateAll((parts) => parts.map((part) => part.getClientRects().length));
    expect(countLines).toEqual([1, 1, 1]);
    await card('Vejle').getByTestId('table-open').click();
    await expect.poll(() => console.getByTestId('board-console').getByTestId('idea').count()).toBe(3);
    const museum = console.getByTestId('idea').filter({ hasText: 'museet' });
    await museum.getByRole('button', { name: /^Flere handlinger/ }).click();
    await museum.getByRole('button', { name: 'Skjul' }).click();
    await cy.getByRole('tab', { name: /Det offentlige/ }).click();
    await expect.poll(() => listedIdeas(cy)).toEqual([expect.stringContaining('jobcenteret')]);
    await console.screenshot({ path: '/tmp/tables-console-1440x900.png', fullPage: true });
    await expectNoSeriousFindings(console, 'console with tables, collecting');

    // The projector: each table's count, large.
    const screen = await newLaptop(browser);
    const projector = screen.page;
    await projector.goto(`${server.url}/p/${joinCode}`);
    const tile = (name: string) => projector.getByTestId('table-tile').filter({ hasText: name });
    await expect.poll(() => tile('Aarhus').getAttribute('data-ideas')).toBe('3');
    await expect.poll(() => tile('Vejle').getAttribute('data-ideas')).toBe('2');
    await atBothSizes(projector, 'collecting', '[data-testid=table-tile]');

    // One table's board on the projector, then the whole room's again.
    const vejleCard = console.getByTestId('table-card').filter({ hasText: 'Vejle' });
    await vejleCard.getByTestId('table-show').click();
    await projector.getByText(/Vejle ·/).first().waitFor();
    expect(await projector.getByTestId('table-tile').count()).toBe(0);
    await atBothSizes(projector, 'one-table', '[data-testid=projector-board]');
    await vejleCard.getByTestId('table-show').click();
    await projector.getByTestId('table-tile').first().waitFor();

    // Round one: each table votes among its own ideas, and a phone sees only its table.
    await console.getByTestId('phase-voting').click();
    await anna.getByTestId('table-round').waitFor();
    await expect.poll(async () => (await listedIdeas(anna)).every((text) => text.includes('Aarhus'))).toBe(true);
    expect(await anna.getByTestId('table-scope-room').count()).toBe(0);
    await vote(anna, 'lektiecafé');
    await vote(bo, 'lektiecafé');
    await vote(bo, 'sundhedsplejen');
    await vote(cy, 'jobcenteret');
    await vote(dan, 'jobcenteret');
    await anna.screenshot({ path: '/tmp/tables-phone-round-one-390x844.png' });
    await expectNoSeriousFindings(anna, 'phone, round one');

    // Round two: the room votes among the tables' picks, one from each table.
    await console.getByTestId('round-two').click();
    await expect.poll(() => anna.getByTestId('table-round').textContent()).toContain('Runde 2');
    await anna.getByRole('tab', { name: /Det offentlige/ }).click();
    await expect.poll(async () => (await listedIdeas(anna)).length).toBe(2);
    await vote(anna, 'jobcenteret');
    await vote(bo, 'jobcenteret');
    await vote(cy, 'lektiecafé');
    await anna.screenshot({ path: '/tmp/tables-phone-round-two-390x844.png' });

    // Results: each table's pick first, then the room's ranking.
    await console.getByTestId('phase-results').click();
    const picks = projector.getByTestId('table-picks');
    await picks.waitFor();
    await expect.poll(() => picks.getByTestId('table-pick-list').filter({ hasText: 'Aarhus' }).getByTestId('table-pick').allTextContents()).toEqual([expect.stringContaining('lektiecafé')]);
    expect(await picks.getByTestId('table-pick-list').filter({ hasText: 'Vejle' }).getByTestId('table-pick').allTextContents()).toEqual([expect.stringContaining('jobcenteret')]);
    await atBothSizes(projector, 'picks', '[data-testid=table-pick-list]');
    const ranking = projector.getByTestId('results').locator('[data-column=public] [data-testid=result-row]');
    await expect.poll(() => ranking.allTextContents(), { timeout: 20_000 }).toEqual([expect.stringContaining('jobcenteret'), expect.stringContaining('lektiecafé')]);
    expect(await projector.locator('.paged-head h2').first().textContent()).toContain('Salens rangering');
    await atBothSizes(projector, 'ranking', '[data-testid=results] [data-testid=result-row]');

    await Promise.all([laptop, screen, ...phones].map((d) => d.context.close()));
    // A whole workshop with six browser pages: longer than one phase's journey on a loaded machine.
  }, 300_000);
});
