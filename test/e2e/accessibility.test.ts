// axe-core on every face and every phase of the board, plus what axe cannot see: headings, language, keys.
import { describe, expect } from 'vitest';
import { it, test } from '../kit/browser';
import type { Page } from 'playwright-core';
import { type AxeFinding, seriousAxeViolations } from '../kit/axe';
import { joinFromPhone, newLaptop, newPhone } from '../kit/chromium';
import { joinAsFacilitator, newId } from '../kit/testServer';

const ADMIN_TOKEN = 'organiser-token-0123456789abcdef';
test.override('webServerOptions', { adminToken: ADMIN_TOKEN });

/** Serious or critical axe findings, one h1, and a lang attribute that says what the page speaks. */
async function expectAccessible(page: Page, where: string, lang = 'da') {
  const found: AxeFinding[] = await seriousAxeViolations(page);
  expect(found, where).toEqual([]);
  expect(await page.locator('h1').count(), `${where}: one h1`).toBe(1);
  expect(await page.evaluate(() => document.documentElement.lang), where).toBe(lang);
  // Long Danish compounds break with a hyphen rather than overflow.
  expect(await page.evaluate(() => getComputedStyle(document.body).hyphens), where).toBe('auto');
}

describe('accessibility of every face in real Chromium', () => {
  it('home, organiser page and the projector between board phases', async ({ webServer: server, browser }) => {
    const { page, context } = await newLaptop(browser);
    await page.goto(server.url);
    await page.getByTestId('create-workshop').waitFor();
    await expectAccessible(page, 'home');
    await page.getByRole('button', { name: 'English' }).click();
    await expectAccessible(page, 'home in English', 'en');
    await page.getByRole('button', { name: 'Dansk' }).click();

    await server.createSession({ title: 'Workshop på listen' });
    await page.goto(`${server.url}/admin`);
    await page.locator('#admin-token').waitFor();
    await expectAccessible(page, 'organiser sign-in');
    await page.locator('#admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-sign-in').click();
    await page.getByTestId('admin-session').first().waitFor();
    await expectAccessible(page, 'organiser page');

    const created = await server.createSession();
    await page.goto(created.projectorUrl);
    await page.getByTestId('projector-code').waitFor();
    await expectAccessible(page, 'projector, programme');
    await context.close();
  });

  it('the phone from joining through every board phase, and the console beside it', async ({ webServer: server, browser }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    const phase = async (name: 'collecting' | 'voting' | 'results') => expect((await facilitator.socket.emitWithAck('board:phase', { phase: name })).ok).toBe(true);

    const phone = await newPhone(browser);
    await phone.page.goto(created.joinUrl);
    await phone.page.getByTestId('join-title').filter({ hasText: /\S/ }).waitFor();
    await expectAccessible(phone.page, 'phone join');
    await joinFromPhone(phone.page, created.joinUrl, 'Anna');
    await expectAccessible(phone.page, 'phone, board closed');

    const laptop = await newLaptop(browser);
    await laptop.page.goto(created.facilitatorUrl);
    await laptop.page.getByTestId('presenter-bar').waitFor();
    await expectAccessible(laptop.page, 'console, board closed');

    await phase('collecting');
    await phone.page.getByTestId('idea-form').waitFor();
    await phone.page.getByText('Flere detaljer (valgfrit)').click();
    await expectAccessible(phone.page, 'phone, collecting');
    for (const [i, sector] of (['public', 'market', 'civil'] as const).entries()) {
      await facilitator.socket.emitWithAck('idea:add', { id: newId(), sector, text: `Idé nummer ${i + 1} med biblioteket`, partner: 'Partner' });
    }
    const hidden = newId();
    await facilitator.socket.emitWithAck('idea:add', { id: hidden, sector: 'civil', text: 'Skjult idé' });
    await facilitator.socket.emitWithAck('idea:hide', { id: hidden, hidden: true });
    await laptop.page.getByTestId('idea').filter({ hasText: 'Skjult idé' }).waitFor();
    await laptop.page.getByTestId('idea').first().getByRole('button', { name: /^Flere handlinger/ }).click();
    await expectAccessible(laptop.page, 'console, collecting');

    await phase('voting');
    await phone.page.getByTestId('dots-left').waitFor();
    await expectAccessible(phone.page, 'phone, voting');
    await expectAccessible(laptop.page, 'console, voting');
    const projector = await newLaptop(browser);
    await projector.page.goto(created.projectorUrl);
    await projector.page.getByTestId('projector-ideas').getByTestId('projector-idea').first().waitFor();
    await expectAccessible(projector.page, 'projector, voting');
    await projector.context.close();

    await phase('results');
    await phone.page.getByTestId('results').waitFor();
    await expectAccessible(phone.page, 'phone, results');
    await Promise.all([phone.context.close(), laptop.context.close()]);
  });

  it('answers arrow keys in radio groups, moving the choice and the focus', async ({ webServer: server, browser }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    const phone = await newPhone(browser);
    await joinFromPhone(phone.page, created.joinUrl, 'Bo');
    const radios = phone.page.getByRole('radiogroup', { name: 'Sektor' }).getByRole('radio');
    await radios.first().focus();
    await phone.page.keyboard.press('ArrowRight');
    await expect.poll(() => radios.nth(1).getAttribute('aria-checked')).toBe('true');
    expect(await phone.page.evaluate(() => document.activeElement?.textContent)).toBe('Markedet');
    await phone.page.keyboard.press('ArrowLeft');
    await phone.page.keyboard.press('ArrowLeft');
    await expect.poll(() => radios.nth(2).getAttribute('aria-checked')).toBe('true');
    // One tab stop per group: the chosen radio.
    expect(await radios.evaluateAll((els) => els.map((el) => el.getAttribute('tabindex')))).toEqual(['-1', '-1', '0']);
    await phone.context.close();
  });

  it('moves focus into a form that opens and back when Escape closes it, and announces drag and drop in Danish by the idea', async ({ webServer: server, browser }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    const id = newId();
    await facilitator.socket.emitWithAck('idea:add', { id, sector: 'market', text: 'Kaffebar drevet af en lokal café' });
    const { page, context } = await newLaptop(browser);
    await page.goto(created.facilitatorUrl);
    const focused = () => page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent?.trim() ?? '', label: document.activeElement?.getAttribute('aria-label') ?? '' }));

    const edit = page.getByTestId('item-edit').first();
    await edit.click();
    await page.getByTestId('item-form').waitFor();
    expect((await focused()).tag).toBe('SELECT');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('item-form').count()).toBe(0);
    await expect.poll(async () => (await focused()).text).toBe('Redigér');

    const more = page.getByRole('button', { name: /^Flere handlinger: Kaffebar/ });
    await more.click();
    await expect.poll(async () => (await focused()).text).toBe('Ret');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused()).label).toMatch(/^Flere handlinger: Kaffebar/);

    // Drag and drop by keyboard: picked up, moved, dropped, each said in Danish with the idea's text, never its id.
    const handle = page.getByRole('button', { name: /^Træk idéen: Kaffebar/ });
    await handle.focus();
    // Everything the live region says, in order.
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      const region = document.querySelector('[id^="DndLiveRegion"]')!;
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    });
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said.join(' | '));
    await page.keyboard.press('Space');
    await expect.poll(said).toContain('Du har taget idéen "Kaffebar drevet af en lokal café"');
    const box = (await page.getByTestId('column-market').boundingBox())!;
    const target = (await page.getByTestId('column-civil').boundingBox())!;
    for (let x = box.x; x < target.x + 40; x += 25) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await facilitator.until((m) => m.state!.board.ideas.find((i) => i.id === id)?.sector === 'civil');
    await expect.poll(said).toContain('Idéen "Kaffebar drevet af en lokal café" er sluppet i Civilsamfundet.');
    expect(await said()).toContain('er over Civilsamfundet');
    expect(await said()).not.toContain(id);
    const instructions = await page.locator('[id^="DndDescribedBy"]').first().textContent();
    expect(instructions).toContain('Tryk mellemrum eller Enter');
    await context.close();
  });
});
