import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import type { Page } from 'playwright-core';
import { createWorkshopViaHome, joinFromPhone, newLaptop, newPhone } from '../kit/chromium';
import type { } from '../kit/testServer';

async function addIdea(page: Page, sector: string, text: string) {
  await page.getByRole('radio', { name: sector }).click();
  await page.locator('#idea-text').fill(text);
  await page.getByTestId('add-idea').click();
  await page.getByText(/Tak! Din idé er på tavlen/).waitFor();
}

const ideaCard = (page: Page, text: string) => page.getByTestId('idea').filter({ hasText: text });

describe('the partnership board in real Chromium', () => {
  it('collects ideas from phones, moves one by drag and drop, votes, and ranks them on the projector', async ({ webServer: server, browser }) => {
    const laptop = await newLaptop(browser);
    // Starting the voting and showing the results ask first; the facilitator says yes.
    laptop.page.on('dialog', (dialog) => void dialog.accept());
    const { joinCode, joinUrl } = await createWorkshopViaHome(laptop.page, server.url);
    await laptop.page.getByTestId('phase-collecting').click();

    const anna = await newPhone(browser);
    const bo = await newPhone(browser);
    await joinFromPhone(anna.page, joinUrl, 'Anna');
    await joinFromPhone(bo.page, joinUrl, 'Bo');
    await addIdea(anna.page, 'Civilsamfundet', 'Lektiecafé med Røde Kors');
    await addIdea(bo.page, 'Markedet', 'Kaffebar drevet af lokal café');
    const hostile = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;
    await addIdea(bo.page, 'Det offentlige', hostile);

    // The facilitator drags the café idea from the market to the public sector.
    const console = laptop.page;
    const handle = ideaCard(console, 'Kaffebar').getByTestId('drag-handle');
    await handle.waitFor();
    // The columns sit below the tables' overview: in view, side by side, before measuring where to drag.
    await handle.scrollIntoViewIfNeeded();
    const target = await console.getByTestId('column-public').boundingBox();
    const from = await handle.boundingBox();
    await console.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await console.mouse.down();
    await console.mouse.move(from!.x + 20, from!.y + 10, { steps: 5 });
    await console.mouse.move(target!.x + target!.width / 2, target!.y + 60, { steps: 10 });
    await console.mouse.up();
    await console.getByTestId('column-public').getByText('Kaffebar drevet af lokal café').waitFor();

    await console.getByTestId('phase-voting').click();
    await anna.page.getByTestId('dots-left').waitFor();
    await anna.page.getByRole('tab', { name: /Det offentlige/ }).click();
    await ideaCard(anna.page, 'Kaffebar').getByTestId('vote').click();
    await expect.poll(() => anna.page.getByTestId('dots-left').getAttribute('data-left')).toBe('2');
    await bo.page.getByRole('tab', { name: /Det offentlige/ }).click();
    await ideaCard(bo.page, 'Kaffebar').getByTestId('vote').click();
    await bo.page.getByRole('tab', { name: /Civilsamfundet/ }).click();
    await ideaCard(bo.page, 'Lektiecafé').getByTestId('vote').click();
    await expect.poll(() => bo.page.getByTestId('dots-left').getAttribute('data-left')).toBe('1');

    const projector = await newLaptop(browser);
    await projector.page.goto(`${server.url}/p/${joinCode}`);
    await console.getByTestId('phase-results').click();
    const results = projector.page.getByTestId('results');
    await results.waitFor();
    const publicRows = results.locator('[data-column=public] [data-testid=result-row]');
    // Only ideas with votes are ranked: the public sector's other idea got none.
    await expect.poll(() => publicRows.count()).toBe(1);
    expect(await publicRows.first().textContent()).toContain('Kaffebar drevet af lokal café');
    expect(await publicRows.first().getByTestId('result-votes').textContent()).toBe('2');
    expect(await results.locator('[data-column=civil] [data-testid=result-row]').first().textContent()).toContain('Lektiecafé');

    // Hostile text is shown as text: nothing ran and nothing was injected.
    for (const page of [projector.page, console, anna.page]) {
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    }
    // The idea with it got no votes, so the projector's results leave it out; the console shows it, as text.
    expect(await console.getByText('<script>window.__pwned = 1</script>', { exact: false }).count()).toBeGreaterThan(0);
    await Promise.all([laptop, anna, bo, projector].map((d) => d.context.close()));
  });

  it('keeps a typed idea on the phone through a reload', async ({ webServer: server, browser }) => {
    const laptop = await newLaptop(browser);
    const { joinUrl } = await createWorkshopViaHome(laptop.page, server.url);
    await laptop.page.getByTestId('phase-collecting').click();
    const phone = await newPhone(browser);
    await joinFromPhone(phone.page, joinUrl, 'Carl');
    await phone.page.locator('#idea-text').fill('Halvskrevet idé om et fablab');
    await phone.page.reload();
    await expect.poll(() => phone.page.locator('#idea-text').inputValue()).toBe('Halvskrevet idé om et fablab');
    await Promise.all([laptop, phone].map((d) => d.context.close()));
  });
});
