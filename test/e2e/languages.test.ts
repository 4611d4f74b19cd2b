import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import { joinFromPhone, newLaptop, newPhone } from '../kit/chromium';

// English is its own chunk and the console's strings come with the console: each face must still show whole
// sentences in the language it opened in, never a key like "board.empty".

describe('a screen in English', () => {
  it('shows a phone English from the join page to the board, and switches to Danish and back', async ({ webServer: server, browser }) => {
    const created = await server.createSession({ title: 'Partnerskaber' });
    const { context, page } = await newPhone(browser, 'en-GB');
    const english = page.waitForRequest((request) => /\/assets\/english-[^/]+\.js$/.test(request.url()));
    await joinFromPhone(page, `${server.url}/j/${created.joinCode}`, 'Kim');
    await english;
    await expect.poll(() => page.locator('main').textContent()).toContain('No ideas yet.');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Ingen idéer endnu.');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('No ideas yet.');
    expect(await page.locator('body').textContent()).not.toMatch(/\b(board|join|common|privacy)\.[a-z]+/i);
    await context.close();
  });

  it('shows a Danish phone no English code, and the console its own strings in English', async ({ webServer: server, browser }) => {
    const created = await server.createSession({ title: 'Partnerskaber' });
    const { context: phoneContext, page: phone } = await newPhone(browser, 'da-DK');
    const scripts: string[] = [];
    phone.on('request', (request) => scripts.push(request.url()));
    await joinFromPhone(phone, `${server.url}/j/${created.joinCode}`, 'Sif');
    expect(scripts.filter((url) => /\/assets\/english-/.test(url))).toEqual([]);
    await phoneContext.close();

    const { context, page } = await newLaptop(browser, 'en-GB');
    await page.goto(created.facilitatorUrl);
    await page.getByTestId('presenter-bar').waitFor();
    expect(await page.getByTestId('presenter-bar').getAttribute('aria-label')).toBe('Running the day');
    expect(await page.locator('body').innerText()).not.toMatch(/\b(board|agenda|facilitator|presenter|workshop|approval|undo)\.[a-zA-Z]/);
    await context.close();
  });
});
