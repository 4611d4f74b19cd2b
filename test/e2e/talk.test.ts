// A talk with three phones in real Chromium: questions reorder by upvotes, one goes big on the projector, a poll
// opened from the console reaches the phones and its answers the projector, and the workbook has both sheets.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import { createWorkshopViaHome, joinFromPhone, newLaptop, newPhone } from '../kit/chromium';
import { fetchExport } from '../kit/workshops';

const question = (page: Page, text: string) => page.getByTestId('question').filter({ hasText: text });
const order = (page: Page, list: string) => page.getByTestId(list).getByTestId('question').evaluateAll((cards) => cards.map((c) => c.querySelector('.question-text')?.textContent));
const projectorOrder = (page: Page) => page.getByTestId('projector-questions').getByTestId('projector-question').evaluateAll((rows) => rows.map((r) => r.querySelector('.question-text')?.textContent));

async function ask(page: Page, text: string) {
  await page.getByTestId('question-text').fill(text);
  await page.getByTestId('ask').click();
  await page.getByTestId('asked').waitFor();
}

describe('a talk with three phones in real Chromium', () => {
  it('questions, upvotes, a highlighted question, a live poll and the workbook', async ({ webServer: server, browser }) => {
    
    const laptop = await newLaptop(browser);
    const console = laptop.page;
    const { joinCode, joinUrl } = await createWorkshopViaHome(console, server.url);
    await console.getByTestId('agenda-start').click();
    await console.getByTestId('agenda-next').click();
    await console.getByTestId('now-title').filter({ hasText: 'Produktive partnerskaber' }).waitFor();

    const phones = await Promise.all([newPhone(browser), newPhone(browser), newPhone(browser)]);
    const [anna, bo, carl] = phones.map((p) => p.page) as [Page, Page, Page];
    await joinFromPhone(anna, joinUrl, 'Anna');
    await joinFromPhone(bo, joinUrl, 'Bo');
    await joinFromPhone(carl, joinUrl, 'Carl');
    const projector = (await newLaptop(browser, 'da-DK', { viewport: { width: 1920, height: 1080 } })).page;
    await projector.goto(`${server.url}/p/${joinCode}`);

    // Two questions to the talk that is on now; the newer is on top while neither has votes.
    await expect.poll(() => anna.getByTestId('questions-item-title').textContent()).toBe('Produktive partnerskaber');
    const first = 'Hvordan fandt I jeres første partner?';
    const second = 'Hvem ejer projektet bagefter?';
    await ask(anna, first);
    await ask(bo, second);
    await expect.poll(() => order(carl, 'question-list')).toEqual([second, first]);
    await expect.poll(() => projectorOrder(projector)).toEqual([second, first]);

    // Bo and Carl upvote Anna's question: it moves to the top everywhere.
    await question(bo, first).getByTestId('upvote').click();
    await question(carl, first).getByTestId('upvote').click();
    await expect.poll(() => question(anna, first).getAttribute('data-votes')).toBe('2');
    for (const phone of [anna, bo, carl]) await expect.poll(() => order(phone, 'question-list')).toEqual([first, second]);
    await expect.poll(() => projectorOrder(projector)).toEqual([first, second]);
    // Nobody can upvote their own question; Carl takes his vote back and it counts one.
    expect(await question(anna, first).getByTestId('upvote').count()).toBe(0);
    await question(carl, first).getByTestId('upvote').click();
    await expect.poll(() => question(bo, first).getAttribute('data-votes')).toBe('1');

    // The facilitator puts Anna's question on the projector, full screen.
    await question(console, first).getByTestId('highlight').click();
    await expect.poll(() => projector.getByTestId('highlighted-question').textContent()).toContain(first);
    await question(console, first).getByTestId('highlight').click();
    await projector.getByTestId('highlighted-question').waitFor({ state: 'detached' });

    // Carl is halfway through a question when the facilitator opens the prepared poll from the console.
    await carl.getByTestId('question-text').fill('Et halvt skrevet spørgsmål');
    const poll = console.getByTestId('console-poll').filter({ hasText: 'Hvilken grund til partnerskaber vejer tungest' });
    await poll.getByTestId('poll-open').click();
    for (const phone of [anna, bo, carl]) await phone.getByTestId('poll-phone').waitFor();
    await projector.getByTestId('projector-poll').waitFor();

    const choose = async (page: Page, option: string) => {
      await page.getByTestId('poll-phone').getByText(option).click();
      await page.getByTestId('poll-send').click();
      await page.getByTestId('poll-saved').waitFor();
    };
    await choose(anna, 'Styrke og øge netværk');
    await choose(bo, 'Styrke og øge netværk');
    await choose(carl, 'Opgør med monokultur');
    const bars = projector.getByTestId('poll-bar');
    await expect.poll(() => bars.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-count')))).toEqual(['0', '2', '1', '0']);
    await expect.poll(() => projector.getByTestId('poll-results').getAttribute('data-respondents')).toBe('3');

    // Carl changes his answer, then goes back: his half-written question is still there.
    await choose(carl, 'Styrke og øge netværk');
    await expect.poll(() => bars.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-count')))).toEqual(['0', '3', '0', '0']);
    await carl.getByTestId('poll-back').click();
    expect(await carl.getByTestId('question-text').inputValue()).toBe('Et halvt skrevet spørgsmål');
    await carl.getByTestId('poll-banner').waitFor();

    // Closed: phones leave the poll, and an answer can no longer be sent.
    await poll.getByTestId('poll-close').click();
    await anna.getByTestId('poll-phone').waitFor({ state: 'detached' });
    await expect.poll(() => projector.getByTestId('projector-poll').getAttribute('data-status')).toBe('closed');

    // The workbook has both sheets with what happened.
    const [sessionId, key] = [console.url().match(/\/f\/([^#?]+)/)![1]!, console.url().match(/#key=(.+)$/)![1]!];
    const res = await fetchExport(server.url, sessionId, key, `export.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const questions = book.getWorksheet('Spørgsmål')!;
    expect(questions.getRow(2).values).toEqual(expect.arrayContaining(['Produktive partnerskaber', first, 1, 'Nej']));
    const polls = book.getWorksheet('Afstemninger')!;
    const rows = polls.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['Hvilken grund til partnerskaber vejer tungest for jeres bibliotek?', 'Velkomst og præsentation', 'Ét valg', 'Styrke og øge netværk', 3]);
  });
});
