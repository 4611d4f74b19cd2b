// A phone in real Chromium keeps writing while the server is down (SIGKILL), then the server comes back on the same
// data and port: every write is kept, shown as waiting (never as sent), and counted exactly once once it is back.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { findPoll } from '../../shared/poll/polls';
import { findQuestion } from '../../shared/question/questions';
import type { SessionState } from '../../shared/state';
import { joinFromPhone, launchBrowser, newPhone } from '../kit/chromium';
import { Mirror, newId, participantCredentials } from '../kit/mirror';
import { it } from '../kit/spawned';

let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const shots = path.resolve('test-results');
const waiting = (page: Page) => page.getByTestId('outbox').first().locator('li[data-status="waiting"]');
const ideaCard = (page: Page, text: string) => page.getByTestId('idea').filter({ hasText: text });
const ideasWith = (state: SessionState, text: string) => state.board.ideas.filter((i) => i.text === text);

describe('a phone writing while the server is down', () => {
  it('keeps every write, says it waits, and the server counts each exactly once after its restart', async ({ spawned }) => {
    const { workshop } = spawned;
    const facilitator = new Mirror(spawned.connect());
    expect((await facilitator.stayJoined({ role: 'facilitator', sessionId: workshop.sessionId, key: workshop.facilitatorKey })).ok).toBe(true);
    const f = (name: string, payload: unknown) => (facilitator.socket.emitWithAck as (n: string, p: unknown) => Promise<{ ok: boolean }>)(name, payload);
    const talk = facilitator.state!.agenda.items.find((i) => i.kind === 'talk')!;
    expect(await f('agenda:goto', { id: talk.id })).toMatchObject({ ok: true });
    expect(await f('board:settings', { allowStacking: true, dotsPerParticipant: 3 })).toMatchObject({ ok: true });
    expect(await f('board:phase', { phase: 'collecting' })).toMatchObject({ ok: true });
    const bo = new Mirror(spawned.connect());
    expect((await bo.stayJoined({ role: 'participant', joinCode: workshop.joinCode, ...participantCredentials('Bo') })).ok).toBe(true);
    const [bosQuestion, bosIdea] = [newId(), newId()];
    expect(await bo.socket.emitWithAck('question:ask', { id: bosQuestion, itemId: talk.id, text: 'Hvem betaler?' })).toMatchObject({ ok: true });
    expect(await bo.socket.emitWithAck('idea:add', { id: bosIdea, sector: 'civil', text: 'Bos læsekreds' })).toMatchObject({ ok: true });

    const { context, page } = await newPhone(browser);
    await joinFromPhone(page, workshop.joinUrl.replace(/^https?:\/\/[^/]+/, spawned.url), 'Anna');
    const annaId = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('ootb.participant.'))![1]);
    const anna = (JSON.parse(annaId) as { participantId: string }).participantId;
    for (const text of ['Kaffebar', 'Fejlskrevet idé']) {
      await page.getByRole('radio', { name: 'Markedet' }).click();
      await page.locator('#idea-text').fill(text);
      await page.getByTestId('add-idea').click();
      await ideaCard(page, text).waitFor();
    }
    const pollId = newId();
    expect(await f('poll:create', { id: pollId, kind: 'single', question: 'Hvad vejer tungest?', options: ['Tid', 'Penge'] })).toMatchObject({ ok: true });
    expect(await f('poll:open', { id: pollId })).toMatchObject({ ok: true });
    await page.getByTestId('poll-phone').waitFor();

    // The server dies. Everything the phone does now waits for it.
    await spawned.process.kill();
    await page.locator('.banner-offline').waitFor();
    await page.getByLabel('Tid').check();
    await page.getByTestId('poll-send').click();
    await page.getByLabel('Penge').check();
    await page.getByTestId('poll-send').click();
    await page.getByTestId('poll-pending').waitFor();
    expect(await page.getByTestId('poll-saved').count()).toBe(0);
    await page.getByTestId('poll-back').click();

    await page.getByTestId('question-text').fill('Hvordan måler I effekten?');
    await page.getByTestId('ask').click();
    await page.getByTestId('ask-pending').waitFor();
    await page.getByTestId('question').filter({ hasText: 'Hvem betaler?' }).getByTestId('upvote').click();
    await page.getByRole('button', { name: 'Skift navn' }).click();
    await page.getByLabel('Dit navn (valgfrit)').fill('Anna B.');
    await page.getByRole('button', { name: 'Gem' }).click();
    await ideaCard(page, 'Kaffebar').getByRole('button', { name: 'Ret' }).click();
    await page.locator('.idea-editor textarea').first().fill('Kaffebar med lokale bagere');
    await page.locator('.idea-editor').getByRole('button', { name: 'Gem' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await ideaCard(page, 'Fejlskrevet idé').getByRole('button', { name: 'Slet' }).click();
    await page.locator('#idea-text').fill('Bogbus til plejehjem');
    await page.getByTestId('add-idea').click();

    // Poll answer (the newer one replaced the older one still waiting), question, upvote, name, edit, delete, idea.
    await expect.poll(() => page.locator('[data-testid="outbox"] li[data-status="waiting"]').count()).toBe(7);
    expect(await page.getByTestId('asked').count()).toBe(0);
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'phone-server-down-waiting.png') });

    await spawned.restart();
    await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 30_000 }).toBe(0);
    await page.getByTestId('asked').waitFor();
    await facilitator.until((m) => ideasWith(m.state!, 'Bogbus til plejehjem').length === 1, 30_000);
    const state = facilitator.state!;
    expect(findPoll(state.polls, pollId)!.answers).toEqual({ [anna]: { answer: { choices: [1] }, times: 1 } });
    expect(state.questions.questions.filter((q) => q.text === 'Hvordan måler I effekten?')).toHaveLength(1);
    expect(findQuestion(state.questions, bosQuestion)!.votes).toBe(1);
    expect(state.participants[anna]!.name).toBe('Anna B.');
    expect(ideasWith(state, 'Kaffebar med lokale bagere')).toHaveLength(1);
    expect(ideasWith(state, 'Fejlskrevet idé')).toHaveLength(0);
    expect(await waiting(page).count()).toBe(0);

    // Dots and taking back an upvote, with the server down again.
    expect(await f('board:phase', { phase: 'voting' })).toMatchObject({ ok: true });
    const kaffebar = ideasWith(state, 'Kaffebar med lokale bagere')[0]!.id;
    await page.getByRole('tab', { name: /Markedet/ }).click();
    await ideaCard(page, 'Kaffebar med lokale bagere').getByTestId('vote').click();
    await expect.poll(() => facilitator.state!.board.ideas.find((i) => i.id === kaffebar)?.votes[anna]).toBe(1);
    await spawned.process.kill();
    await page.locator('.banner-offline').waitFor();
    const card = ideaCard(page, 'Kaffebar med lokale bagere');
    await card.getByTestId('vote').click();
    await card.getByTestId('vote').click();
    await card.getByTestId('unvote').click();
    await page.getByRole('tab', { name: /Civilsamfundet/ }).click();
    await ideaCard(page, 'Bos læsekreds').getByTestId('vote').click();
    await page.getByTestId('question').filter({ hasText: 'Hvem betaler?' }).getByTestId('upvote').click();
    await expect.poll(() => page.getByTestId('dots-left').getAttribute('data-left')).toBe('0');
    await expect.poll(() => page.locator('[data-testid="outbox"] li[data-status="waiting"]').count()).toBe(5);
    await page.screenshot({ path: path.join(shots, 'phone-server-down-dots.png') });

    await spawned.restart();
    await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 30_000 }).toBe(0);
    await facilitator.until((m) => findQuestion(m.state!.questions, bosQuestion)!.votes === 0, 30_000);
    const after = facilitator.state!;
    expect(after.board.ideas.find((i) => i.id === kaffebar)!.votes[anna]).toBe(2);
    expect(after.board.ideas.find((i) => i.id === bosIdea)!.votes[anna]).toBe(1);
    expect(after.board.dots?.[anna]).toBe(3);
    await context.close();
  });
});
