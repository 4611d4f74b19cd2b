// The projector through the day at both sizes: a talk's questions under an open board, the board, the results and
// a presented poll, each checked by what is on screen (inside the viewport, whole, with the real times).
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { whereWeAre } from '../../shared/agenda/whereWeAre';
import { zonedClock } from '../../shared/time';
import { seriousAxeViolations } from '../kit/axe';
import { wholeOnScreen } from '../kit/onScreen';
import { newId, type TestServer } from '../kit/testServer';
import { talkRoom } from '../kit/talk';
import { it } from '../kit/browser';

const screens = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

const ok = async (promise: Promise<{ ok: boolean }>) => expect((await promise).ok).toBe(true);

/** Next on the strip: whole, on screen, at the time console and phones show. */
async function expectNextReadable(page: Page, expected: { title: string; time: string }) {
  const next = page.getByTestId('next');
  await expect.poll(() => next.textContent()).toContain(expected.title);
  expect(await next.textContent()).toContain(`kl. ${expected.time}`);
  expect(await wholeOnScreen(page, '[data-testid="next"]')).toEqual([]);
  expect(await next.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
}

/** Every page of a paged list: each card whole on screen, every expected card seen once round. */
async function everyCardOnEveryPage(page: Page, name: string, list: string, card: string, ids: string[], idOf: string) {
  const paged = page.locator('.paged');
  // The visible list only: the invisible copy the pager measures holds every card too.
  const cards = page.getByTestId(list).getByTestId(card);
  await cards.first().waitFor();
  const pages = Number(await paged.getAttribute('data-pages'));
  const seen = new Set<string>();
  for (let n = 1; n <= pages; n++) {
    await expect.poll(() => paged.getAttribute('data-page')).toBe(String(n));
    await page.screenshot({ path: `test-results/projector-${name}-p${n}.png` });
    expect(await wholeOnScreen(page, `[data-testid="${list}"] [data-testid="${card}"]`), `${name} page ${n}`).toEqual([]);
    for (const id of await cards.evaluateAll((els, attr) => els.map((el) => el.getAttribute(attr)!), idOf)) seen.add(id);
    await page.keyboard.press('ArrowRight');
  }
  expect([...seen].sort()).toEqual([...ids].sort());
  return pages;
}

/** The time Next is expected at, as the console works it out. */
function nextAt(room: Awaited<ReturnType<typeof talkRoom>>) {
  const position = whereWeAre(room.facilitator.state!.agenda, Date.now());
  return { title: position.next!.title, time: zonedClock(position.nextAt!) };
}

const longQuestion = (n: number) =>
  `${n}. Hvordan sikrer man, at et partnerskab med en lokal forening også holder, når ildsjælene bag det stopper, og hvem på biblioteket skal eje det?`;

async function roomWithQuestions(server: TestServer) {
  const room = await talkRoom(server, 3);
  const f = room.facilitator.socket;
  // The board opened during the talk (`b` pressed early): the talk's questions must stay on the screen.
  await ok(f.emitWithAck('board:phase', { phase: 'collecting' }));
  const questions: string[] = [];
  for (let n = 1; n <= 7; n++) {
    const id = newId();
    await ok(room.phones[n % 3]!.socket.emitWithAck('question:ask', { id, itemId: room.talk.id, text: longQuestion(n) }));
    questions.push(id);
  }
  return { room, questions };
}

describe('the projector follows the day at both sizes', () => {
  it.for(screens)('a talk with questions, the board, results and a poll at $width x $height', async (viewport, { webServer: server, browser }) => {
    const size = `${viewport.width}x${viewport.height}`;
    const { room, questions } = await roomWithQuestions(server);
    const f = room.facilitator.socket;
    const context = await browser.newContext({ viewport, locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(room.created.projectorUrl);
    const view = () => page.getByTestId('projector').getAttribute('data-view');

    // A talk: its questions, every one of them on some page, though the board is open.
    await expect.poll(view).toBe('questions');
    await everyCardOnEveryPage(page, `questions-${size}`, 'projector-questions', 'projector-question', questions, 'data-id');
    await expectNextReadable(page, nextAt(room));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The facilitator puts the board on for this talk; the next item is followed again.
    await ok(f.emitWithAck('projector:show', { show: 'board' }));
    await expect.poll(view).toBe('board');
    await ok(f.emitWithAck('projector:show', { show: 'auto' }));
    await expect.poll(view).toBe('questions');

    // The workshop: its board.
    const workshop = room.facilitator.state!.agenda.items.find((i) => i.kind === 'workshop')!;
    await ok(f.emitWithAck('agenda:goto', { id: workshop.id }));
    const ideas: string[] = [];
    for (const [i, sector] of (['public', 'market', 'public', 'market', 'civil'] as const).entries()) {
      const id = newId();
      await ok(room.phones[i % 3]!.socket.emitWithAck('idea:add', { id, sector, text: `Idé ${i + 1}: læsekreds med den lokale ${sector}` }));
      ideas.push(id);
    }
    await expect.poll(view).toBe('board');
    await page.getByTestId('projector-idea').first().waitFor();
    await everyCardOnEveryPage(page, `board-${size}`, 'projector-ideas', 'projector-idea', ideas, 'data-idea-id');
    await expectNextReadable(page, nextAt(room));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Results: only voted ideas are ranked; a sector no one voted in says so.
    await ok(f.emitWithAck('board:phase', { phase: 'voting' }));
    await ok(room.phones[0]!.socket.emitWithAck('vote:cast', { ideaId: ideas[0]! }));
    await ok(room.phones[1]!.socket.emitWithAck('vote:cast', { ideaId: ideas[1]! }));
    await ok(f.emitWithAck('board:phase', { phase: 'results' }));
    await page.getByTestId('result-row').first().waitFor();
    await everyCardOnEveryPage(page, `results-${size}`, 'results', 'result-row', [ideas[0]!, ideas[1]!], 'data-idea-id');
    expect(await page.locator('[data-column=civil] [data-testid=no-votes]').textContent()).toBe('Ingen stemmer endnu.');
    expect(await wholeOnScreen(page, '[data-testid="no-votes"]')).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A presented poll: its result, over the board.
    const pollId = newId();
    const options = ['Ressourcer', 'Netværk', 'Nye målgrupper', 'Kompetencer', 'Synlighed', 'Opgør med monokultur'];
    await ok(f.emitWithAck('poll:create', { id: pollId, itemId: workshop.id, kind: 'single', question: 'Hvilken grund vejer tungest for jer?', options }));
    await ok(f.emitWithAck('poll:open', { id: pollId }));
    for (const [i, phone] of room.phones.entries()) await ok(phone.socket.emitWithAck('poll:answer', { pollId, choices: [i] }));
    await ok(f.emitWithAck('poll:present', { id: pollId }));
    await expect.poll(view).toBe('poll');
    await expect.poll(() => page.getByTestId('poll-results').getAttribute('data-respondents')).toBe('3');
    await page.screenshot({ path: `test-results/projector-poll-${size}.png` });
    expect(await wholeOnScreen(page, '[data-testid="poll-bar"]')).toEqual([]);
    expect(await page.getByTestId('poll-bar').count()).toBe(options.length);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(viewport.height);
    await context.close();
  });
});
