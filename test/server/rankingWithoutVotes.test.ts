import ExcelJS from 'exceljs';
import { describe, expect } from 'vitest';
import { type Created, type Mirror, newId } from '../kit/testServer';
import { it, type Phone } from '../kit/server';

interface Room {
  created: Created;
  facilitator: Mirror;
  anna: Phone;
  bo: Phone;
}

const ok = async (promise: Promise<{ ok: boolean }>) => expect((await promise).ok).toBe(true);

/** Three ideas in the public sector and one in the market; `voted` of them get a dot from Anna, then results. */
async function results({ facilitator, anna, bo }: Room, voted: number) {
  const ids: string[] = [];
  for (const [i, sector] of (['public', 'public', 'public', 'market'] as const).entries()) {
    const id = newId();
    await ok((i % 2 ? bo : anna).socket.emitWithAck('idea:add', { id, sector, text: `Idé ${i + 1}` }));
    ids.push(id);
  }
  await ok(facilitator.socket.emitWithAck('board:phase', { phase: 'voting' }));
  for (const id of ids.slice(1, 1 + voted)) await ok(anna.socket.emitWithAck('vote:cast', { ideaId: id }));
  await ok(facilitator.socket.emitWithAck('board:phase', { phase: 'results' }));
  return ids;
}

async function download(room: Room, url: string, file: string) {
  const res = await fetch(`${url}/api/sessions/${room.created.sessionId}/${file}`, { headers: { authorization: `Bearer ${room.created.facilitatorKey}` } });
  expect(res.status).toBe(200);
  return res;
}

async function sheets(room: Room, url: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await (await download(room, url, 'export.xlsx')).arrayBuffer());
  const rows = (name: string) => book.getWorksheet(name)!.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1));
  return { ideas: rows('Idéer'), ranking: rows('Rangering') };
}

describe('results rank only ideas someone voted for', () => {
  it('places only voted ideas in the ranking sheet and leaves the rank of the others empty', async ({ server, collectingRoom }) => {
    await results(collectingRoom, 1);
    const { ideas, ranking } = await sheets(collectingRoom, server.url);
    // Rangering: sector, rank, idea, partner, gains, votes.
    expect(ranking.map((row) => [row[1], row[2], row[5]])).toEqual([[1, 'Idé 2', 1]]);
    // Idéer: sector, table (the seminar is held at tables), rank, group, idea, …; the unvoted public ideas and the
    // market idea have no rank.
    const rankOf = new Map(ideas.map((row) => [row[4], row[2] ?? null]));
    expect(Object.fromEntries(rankOf)).toEqual({ 'Idé 1': null, 'Idé 2': 1, 'Idé 3': null, 'Idé 4': null });
  });

  it('says there are no votes yet in the ranking sheet and the report when no one voted', async ({ server, collectingRoom }) => {
    await results(collectingRoom, 0);
    const { ranking } = await sheets(collectingRoom, server.url);
    expect(ranking).toEqual([['Ingen stemmer endnu.']]);
    const html = await (await download(collectingRoom, server.url, 'report.html')).text();
    const publicSection = html.slice(html.indexOf('data-sector="public"'), html.indexOf('data-sector="market"'));
    expect(publicSection).toContain('Ingen stemmer endnu.');
    expect(publicSection).not.toMatch(/<span class="rank">\d/);
    expect(publicSection.match(/class="idea-text"/g)).toHaveLength(3);
  });
});
