import { describe, expect, it } from 'vitest';
import { joinFromPhone, newLaptop, newPhone, serverAndBrowser } from '../helpers/browser';

// English is its own chunk and the console's strings come with the console: each face must still show whole
// sentences in the language it opened in, never a key like "board.empty".
const shared = serverAndBrowser();

describe('a screen in English', () => {
  it('shows a phone English from the join page to the board, and switches to Danish and back', async () => {
    const created = await shared.server.createSession({ title: 'Partnerskaber' });
    const { context, page } = await newPhone(shared.browser, 'en-GB');
    const english = page.waitForRequest((request) => /\/assets\/english-[^/]+\.js$/.test(request.url()));
    await joinFromPhone(page, `${shared.server.url}/j/${created.joinCode}`, 'Kim');
    await english;
    await expect.poll(() => page.locator('main').textContent()).toContain('No ideas yet.');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Ingen idéer endnu.');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('No ideas yet.');
    expect(await page.locator('body').textContent()).not.toMatch(/\b(board|join|common|privacy)\.[a-z]+/i);
    await context.close();
  });

  it('shows a Danish phone no English code, and the console its own strings in English', async () => {
    const created = await shared.server.createSession({ title: 'Partnerskaber' });
    const { context: phoneContext, page: phone } = await newPhone(shared.browser, 'da-DK');
    const scripts: string[] = [];
    phone.on('request', (request) => scripts.push(request.url()));
    await joinFromPhone(phone, `${shared.server.url}/j/${created.joinCode}`, 'Sif');
    expect(scripts.filter((url) => /\/assets\/english-/.test(url))).toEqual([]);
    await phoneContext.close();

    const { context, page } = await newLaptop(shared.browser, 'en-GB');
    await page.goto(created.facilitatorUrl);
    await page.getByTestId('presenter-bar').waitFor();
    expect(await page.getByTestId('presenter-bar').getAttribute('aria-label')).toBe('Running the day');
    expect(await page.locator('body').innerText()).not.toMatch(/\b(board|agenda|facilitator|presenter|workshop|approval|undo)\.[a-zA-Z]/);
    await context.close();
  });
});
