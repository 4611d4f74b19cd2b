// No dead ends. A console without its key explains the key and offers the way on;
// a new console puts the link to keep at the top; merge and group delete offer "Fortryd"; every refusal is shown;
// a deleted workshop tells the phone so and offers the home page.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinFromPhone, launchBrowser, LAPTOP, newLaptop, newPhone, PHONE, startServerWithClient } from '../kit/chromium';
import { joinAsFacilitator, joinAsParticipant, newId, type TestServer } from '../kit/testServer';

const ADMIN_TOKEN = 'organiser-token-0123456789abcdef';
const shots = path.resolve('test-results');
let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServerWithClient({ adminToken: ADMIN_TOKEN });
  fs.mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const admin = (method: string, sessionId: string, body?: object) =>
  fetch(`${server.url}/api/admin/sessions/${sessionId}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
const ideaCard = (page: Page, text: string) => page.getByTestId('idea').filter({ hasText: text });

describe('the facilitator console without its key', () => {
  it('explains the key instead of a blank page, and opens the console from the pasted link', async () => {
    const created = await server.createSession();
    const { context, page } = await newLaptop(browser);
    await page.goto(`${server.url}/f/${created.sessionId}`);
    const help = page.getByTestId('key-missing');
    await help.waitFor();
    expect(await help.textContent()).toContain('#key=');
    expect(await help.textContent()).not.toContain('Det indtastede er ikke gyldigt');
    expect(await page.getByTestId('presence').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Til forsiden' }).getAttribute('href')).toBe('/');
    await page.screenshot({ path: path.join(shots, 'console-key-missing-laptop.png') });

    await page.getByTestId('key-input').fill(`  ${created.facilitatorUrl}  `);
    await page.getByTestId('key-open').click();
    await page.getByTestId('board-console').waitFor();
    await context.close();
  });

  it('says a wrong key does not fit, with the same ways on', async () => {
    const created = await server.createSession();
    const { context, page } = await newPhone(browser);
    await page.goto(`${server.url}/f/${created.sessionId}#key=${'x'.repeat(32)}`);
    await page.getByTestId('key-missing').and(page.locator('[data-wrong="true"]')).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nøglen passer ikke til denne workshop');
    await page.screenshot({ path: path.join(shots, 'console-key-wrong-phone.png') });
    await context.close();
  });

  it('puts the link to keep at the top of a new console, with a copy button and a file that holds the link', async () => {
    const created = await server.createSession({ title: 'Partnerskabsdag' });
    const { context, page } = await newLaptop(browser, 'da-DK', { acceptDownloads: true });
    await page.goto(created.facilitatorUrl);
    const notice = page.getByTestId('bookmark-note');
    await notice.waitFor();
    const noticeBox = (await notice.boundingBox())!;
    const agendaBox = (await page.getByTestId('board-console').boundingBox())!;
    expect(noticeBox.y).toBeLessThan(agendaBox.y);
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(LAPTOP.height);
    expect(await page.getByTestId('facilitator-link').inputValue()).toBe(created.facilitatorUrl);
    await page.getByTestId('copy-link').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-link').click()]);
    expect(download.suggestedFilename()).toBe('partnerskabsdag-facilitator.html');
    const file = fs.readFileSync((await download.path())!, 'utf8');
    expect(file).toContain(`href="${created.facilitatorUrl}"`);
    await page.screenshot({ path: path.join(shots, 'console-new-laptop.png') });
    await context.close();
  });
});

describe("the workshop's name, day and start time", () => {
  it('are set from the console, the programme moves with them, and bad input is refused in words with nothing changed', async () => {
    const created = await server.createSession({ date: '2026-11-25' });
    const { context, page } = await newLaptop(browser);
    await page.goto(created.facilitatorUrl);
    await page.getByTestId('workshop-edit').click();
    await page.getByLabel('Workshoppens navn').fill('Partnerskabsdag i Vejle');
    await page.getByTestId('workshop-date').fill('2026-12-03');
    await page.getByTestId('workshop-start').fill('09:30');
    await page.getByTestId('workshop-save').click();
    await page.getByTestId('workshop-details').waitFor();
    expect(await page.locator('.topbar-title').textContent()).toContain('Partnerskabsdag i Vejle');
    expect(await page.getByTestId('workshop-details').textContent()).toContain('2026-12-03 · 09:30');
    await page.screenshot({ path: path.join(shots, 'console-workshop-details-laptop.png') });

    await page.getByTestId('workshop-edit').click();
    await page.getByTestId('workshop-date').fill('');
    await page.getByTestId('workshop-save').click();
    await expect.poll(() => page.getByTestId('workshop-error').textContent()).toBe('Det indtastede er ikke gyldigt.');
    const state = (await joinAsParticipant(server, created, 'Kontrol')).state!;
    expect(state.date).toBe('2026-12-03');
    await context.close();
  });
});

describe('moderation with a safety net', () => {
  it('offers Fortryd after a merge and a group delete, and shows every refusal in words', async () => {
    const created = await server.createSession();
    const anna = await joinAsParticipant(server, created, 'Anna');
    const { context, page } = await newLaptop(browser);
    await page.goto(created.facilitatorUrl);
    await page.getByTestId('board-console').waitFor();
    await page.getByTestId('phase-collecting').click();
    const ids = { a: newId(), b: newId() };
    await anna.until((m) => m.state!.board.phase === 'collecting');
    await anna.socket.emitWithAck('idea:add', { id: ids.a, sector: 'civil', text: 'Lektiecafé med Røde Kors' });
    await anna.socket.emitWithAck('idea:add', { id: ids.b, sector: 'civil', text: 'Lektiehjælp med frivillige' });
    await ideaCard(page, 'Lektiehjælp').waitFor();

    // The facilitator adds an idea from the console and makes a group, then renames it.
    await page.getByTestId('console-idea-text').fill('Fra flip-over: Fællesspisning');
    await page.getByTestId('console-add-idea').click();
    await ideaCard(page, 'Fællesspisning').waitFor();

    // Merge, then take it back.
    await ideaCard(page, 'Lektiehjælp').getByRole('button', { name: /^Flere handlinger/ }).click();
    await page.getByRole('combobox', { name: 'Flet ind i …' }).selectOption({ label: 'Lektiecafé med Røde Kors' });
    await page.getByTestId('undo-toast').waitFor();
    const civilIdeas = page.getByTestId('column-civil').getByTestId('idea');
    await expect.poll(() => civilIdeas.count()).toBe(1);
    await page.screenshot({ path: path.join(shots, 'console-undo-toast-laptop.png') });
    await page.getByTestId('undo').click();
    await expect.poll(() => civilIdeas.count()).toBe(2);
    await anna.until((m) => m.state!.board.ideas.some((i) => i.id === ids.b));

    // Merge again; the author edits the merged idea; the undo is refused in words, nothing changes.
    await civilIdeas.filter({ hasNotText: 'Røde Kors' }).getByRole('button', { name: /^Flere handlinger/ }).click();
    await page.getByRole('combobox', { name: 'Flet ind i …' }).selectOption({ label: 'Lektiecafé med Røde Kors' });
    await page.getByTestId('undo-toast').waitFor();
    await anna.until((m) => m.state!.board.ideas.every((i) => i.id !== ids.b));
    const merged = anna.state!.board.ideas.find((i) => i.id === ids.a)!;
    expect((await anna.socket.emitWithAck('idea:edit', { id: ids.a, baseVersion: merged.version, text: 'Lektiecafé, rettet' })).ok).toBe(true);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('undo-error').textContent()).toBe('Det er ændret siden, så det kan ikke fortrydes.');

    // A refused hide says why: the organiser archived the workshop meanwhile.
    expect((await admin('PATCH', created.sessionId, { status: 'archived' })).status).toBe(200);
    await page.getByTestId('archived-note').waitFor();
    await ideaCard(page, 'Fællesspisning').getByRole('button', { name: /^Flere handlinger/ }).click();
    await ideaCard(page, 'Fællesspisning').getByRole('button', { name: 'Skjul' }).click();
    await expect.poll(() => page.getByTestId('moderation-error').textContent()).toContain('Workshoppen er arkiveret');
    await context.close();
  });

  it('takes a deleted group back with its ideas', async () => {
    const created = await server.createSession();
    const { context, page } = await newLaptop(browser);
    await page.goto(created.facilitatorUrl);
    await page.getByTestId('board-console').waitFor();
    await page.getByTestId('console-idea-text').fill('Byttecentral');
    await page.getByTestId('console-add-idea').click();
    await ideaCard(page, 'Byttecentral').waitFor();
    page.once('dialog', (dialog) => void dialog.accept('Genbrug'));
    await page.getByTestId('column-public').getByRole('button', { name: /Ny gruppe/ }).click();
    await page.getByTestId('group').waitFor();
    await ideaCard(page, 'Byttecentral').getByRole('button', { name: /^Flere handlinger/ }).click();
    await page.getByRole('combobox', { name: 'Gruppe …' }).selectOption({ label: 'Genbrug' });
    await page.getByTestId('group').getByText('Byttecentral').waitFor();

    await page.getByTestId('group-rename').click();
    await page.getByTestId('group-title').fill('Genbrug og deling');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.getByTestId('group').getByText('Genbrug og deling').waitFor();

    await page.getByTestId('group-delete').click();
    await page.getByTestId('undo-toast').waitFor();
    await expect.poll(() => page.getByTestId('group').count()).toBe(0);
    await page.getByTestId('undo').click();
    await page.getByTestId('group').getByText('Byttecentral').waitFor();
    await context.close();
  });
});

describe('an archived workshop', () => {
  it('is explained as read-only on the organiser page and on the phone, which keeps showing the results but no form', async () => {
    const created = await server.createSession({ title: 'Arkivets workshop' });
    const facilitator = await joinAsFacilitator(server, created);
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    const phone = await newPhone(browser);
    await joinFromPhone(phone.page, created.joinUrl, 'Anna');
    await phone.page.getByTestId('idea-form').waitFor();
    const { page, context } = await newLaptop(browser);
    await page.goto(`${server.url}/admin`);
    await page.locator('#admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-sign-in').click();
    const row = page.getByTestId('admin-session').filter({ hasText: 'Arkivets workshop' });
    await row.getByTestId('admin-archive').click();
    await row.getByTestId('archived-explained').waitFor();
    expect(await row.getByTestId('archived-explained').textContent()).toContain('Skrivebeskyttet');
    await phone.page.getByTestId('archived-note').waitFor();
    expect(await phone.page.getByTestId('idea-form').count()).toBe(0);
    await phone.page.screenshot({ path: path.join(shots, 'phone-archived.png') });
    await page.screenshot({ path: path.join(shots, 'admin-archived-laptop.png') });
    await context.close();
    await phone.context.close();
  });
});

describe('a workshop deleted while phones are on it', () => {
  it('tells the phone it ended and offers the home page, also after a reload', async () => {
    const created = await server.createSession();
    const { context, page } = await newPhone(browser);
    await joinFromPhone(page, created.joinUrl, 'Anna');
    expect((await admin('DELETE', created.sessionId)).status).toBe(204);
    const gone = page.getByTestId('session-gone');
    await gone.waitFor();
    expect(await gone.textContent()).toContain('Workshoppen er afsluttet');
    expect(await page.locator('.banner-offline').count()).toBe(0);
    const home = (await page.getByTestId('go-home').boundingBox())!;
    expect(home.y + home.height).toBeLessThanOrEqual(PHONE.height);
    await page.screenshot({ path: path.join(shots, 'phone-workshop-ended.png') });
    await page.reload();
    await gone.waitFor();
    expect(await gone.textContent()).toContain('Workshoppen findes ikke');
    expect(await page.getByTestId('board-phone').count()).toBe(0);
    await context.close();
  });
});
