// Everyone who took part is counted, named or not: after "Glem mig" and after an import without names the console,
// the report, the workbook and the organiser's list count the same people as before.
import ExcelJS from 'exceljs';
import { describe, expect } from 'vitest';
import { voteProgress } from '../../shared/board/selectors';
import type { SessionDocument } from '../../shared/export/sessionDocument';
import { type Created, joinAsFacilitator, newId, type TestServer } from '../kit/testServer';
import { it } from '../kit/server';

const ADMIN_TOKEN = 'organiser-token-0123456789abcdef';
it.override('serverOptions', { adminToken: ADMIN_TOKEN });

const ok = async (promise: Promise<{ ok: boolean }>) => expect((await promise).ok).toBe(true);
const bearer = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });
const download = (server: TestServer, created: Created, file: string) =>
  fetch(`${server.url}/api/sessions/${created.sessionId}/${file}`, bearer(created.facilitatorKey));

/** What each place says about how many took part. */
async function counted(server: TestServer, created: Created) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await (await download(server, created, 'export.xlsx')).arrayBuffer());
  const report = await (await download(server, created, 'report.html')).text();
  const list = (await (await fetch(`${server.url}/api/admin/sessions`, bearer(ADMIN_TOKEN))).json()) as { sessions: { id: string; participants: number }[] };
  return {
    overview: book.getWorksheet('Overblik')!.getRow(3).values,
    report: report.match(/(\d+) deltagere/)?.[1],
    admin: list.sessions.find((s) => s.id === created.sessionId)?.participants,
  };
}

describe('counting everyone who took part', () => {
  it('counts a participant who chose "Glem mig" anonymously, with their dots, everywhere', async ({ server, collectingRoom, joinPhone, startServer }) => {
    const { created, facilitator, anna, bo } = collectingRoom;
    const carl = await joinPhone('Carl');
    const idea = newId();
    await ok(anna.socket.emitWithAck('idea:add', { id: idea, sector: 'civil', text: 'Lektiecafé' }));
    await ok(facilitator.socket.emitWithAck('board:phase', { phase: 'voting' }));
    for (const phone of [anna, bo]) await ok(phone.socket.emitWithAck('vote:cast', { ideaId: idea }));
    await ok(bo.socket.emitWithAck('participant:forget', {}));
    await facilitator.until((m) => Object.keys(m.state!.participants).length === 2);

    expect(voteProgress(facilitator.state!)).toEqual({ dotsUsed: 2, dotsTotal: 3 * facilitator.state!.board.settings.dotsPerParticipant, voters: 2, participants: 3 });
    expect(await counted(server, created)).toEqual({ overview: [undefined, 'Deltagere', 3], report: '3', admin: 3 });
    // Carl never voted and forgets too: one more taking part, no more voters.
    await ok(carl.socket.emitWithAck('participant:forget', {}));
    await facilitator.until((m) => Object.keys(m.state!.participants).length === 1);
    expect(voteProgress(facilitator.state!)).toMatchObject({ voters: 2, participants: 3 });
    const fresh = await joinAsFacilitator(server, created);
    expect(voteProgress(fresh.state!)).toMatchObject({ voters: 2, participants: 3 });
    // The stored log was scrubbed of them: a restarted server replays the same counts.
    await server.close();
    const restarted = await startServer({ dataDir: server.dataDir, adminToken: ADMIN_TOKEN });
    expect(voteProgress((await joinAsFacilitator(restarted, created)).state!)).toMatchObject({ voters: 2, participants: 3 });
  });

  it('counts the people and voters of a workshop imported without names', async ({ server, collectingRoom, joinPhone }) => {
    const { created, facilitator, anna, bo } = collectingRoom;
    await joinPhone('Carl');
    const ideas = [newId(), newId()];
    for (const id of ideas) await ok(anna.socket.emitWithAck('idea:add', { id, sector: 'public', text: `Idé ${id.slice(0, 4)}` }));
    await ok(facilitator.socket.emitWithAck('board:settings', { allowStacking: true }));
    await ok(facilitator.socket.emitWithAck('board:phase', { phase: 'voting' }));
    for (const id of ideas) for (const phone of [anna, bo]) await ok(phone.socket.emitWithAck('vote:cast', { ideaId: id }));
    const doc = (await (await download(server, created, 'export.json')).json()) as SessionDocument;
    expect(doc.participants).toEqual([]);
    expect(doc.unnamed).toEqual({ participants: 3, voters: 2 });

    const res = await fetch(`${server.url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
    expect(res.status).toBe(201);
    const imported = (await res.json()) as Created;
    const again = await joinAsFacilitator(server, imported);
    const dots = again.state!.board.settings.dotsPerParticipant;
    expect(voteProgress(again.state!)).toEqual({ dotsUsed: 4, dotsTotal: 3 * dots, voters: 2, participants: 3 });
    expect(await counted(server, imported)).toEqual({ overview: [undefined, 'Deltagere', 3], report: '3', admin: 3 });

    // A document from before the count: at least as many people as it takes to place its dots.
    const older = { ...doc, unnamed: undefined };
    const olderRes = await fetch(`${server.url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(older) });
    const fromOlder = await joinAsFacilitator(server, (await olderRes.json()) as Created);
    const fewest = Math.ceil(4 / dots);
    expect(voteProgress(fromOlder.state!)).toMatchObject({ dotsUsed: 4, voters: fewest, participants: fewest });
  });
});
