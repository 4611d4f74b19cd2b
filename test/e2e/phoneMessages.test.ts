// What a phone says in the moments that could leave it silent: which talk its questions go to before the day
// starts, that its own idea was hidden by the facilitator, and why "Sæt prik" is greyed out.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import { joinFromPhone, newPhone } from '../kit/chromium';
import { joinAsFacilitator } from '../kit/testServer';

const shots = path.resolve('test-results');

describe('the phone says why', () => {
  it('names the talk before the day starts, marks its hidden idea, and explains a greyed-out dot', async ({ webServer: server, browser }) => {
    fs.mkdirSync(shots, { recursive: true });
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    const { context, page } = await newPhone(browser);
    await joinFromPhone(page, created.joinUrl, 'Anna');
    const title = await page.getByTestId('questions-item-title').textContent();
    expect(title).toMatch(/^Næste oplæg: /);
    expect(await page.getByTestId('question-item').locator('option').first().textContent()).toBe(`Næste: ${title!.replace('Næste oplæg: ', '')}`);
    await page.getByTestId('questions-phone').screenshot({ path: path.join(shots, 'phone-questions-before-day.png') });

    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    for (const text of ['Lektiecafé med Røde Kors', 'Noget upassende']) {
      await page.locator('#idea-text').fill(text);
      await page.getByTestId('add-idea').click();
      await page.getByTestId('idea').filter({ hasText: text }).waitFor();
    }
    const hidden = facilitator.state!.board.ideas.find((i) => i.text === 'Noget upassende')!;
    expect((await facilitator.socket.emitWithAck('idea:hide', { id: hidden.id, hidden: true })).ok).toBe(true);
    const card = page.getByTestId('idea').filter({ hasText: 'Noget upassende' });
    await expect.poll(() => card.getByTestId('idea-hidden').textContent()).toBe('Skjult af facilitatoren – de andre kan ikke se den');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'phone-idea-hidden.png') });

    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'voting' })).ok).toBe(true);
    const shown = page.getByTestId('idea').filter({ hasText: 'Lektiecafé med Røde Kors' });
    await shown.getByTestId('vote').click();
    await expect.poll(() => shown.getByTestId('vote-why').textContent()).toBe('Du har sat din prik her – hver idé kan få én prik fra dig.');
    expect(await shown.getByTestId('vote').isDisabled()).toBe(true);
    await shown.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'phone-dot-why.png') });
    await context.close();
  });
});
