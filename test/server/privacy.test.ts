// "Glem mig", anonymous exports and retention, checked where the data really lives: exports, screens, the files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { OTHERS } from '../../shared/board/dots';
import type { SessionDocument } from '../../shared/export/sessionDocument';
import { joinAsFacilitator, Mirror, type TestServer } from '../kit/testServer';
import { seedWorkshop } from '../kit/workshop';


const ADMIN_TOKEN = 'organiser-token-0123456789abcdef';

async function download(s: TestServer, sessionId: string, key: string, file: string) {
  const res = await fetch(`${s.url}/api/sessions/${sessionId}/${file}`, { headers: { authorization: `Bearer ${key}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer()).toString('utf8');
}

/** Every byte the app keeps on disk for its data: the database and its write-ahead log. */
function filesOnDisk(s: TestServer): string {
  return fs
    .readdirSync(s.dataDir)
    .filter((f) => f.startsWith('test.sqlite'))
    .map((f) => fs.readFileSync(path.join(s.dataDir, f)).toString('latin1'))
    .join('');
}

describe('"Glem mig"', () => {
  it('takes the name and id off every screen, every export and the files on disk; ideas and dots stay', async ({ startServer }) => {
    let server = await startServer();
    const { created, facilitator, anna, ids } = await seedWorkshop(server);
    const annaId = anna.credentials.participantId;
    const totalsBefore = facilitator.state!.board.ideas.map((i) => Object.values(i.votes).reduce((a, b) => a + b, 0));
    const ack = await anna.socket.emitWithAck('participant:forget', {});
    expect(ack.ok).toBe(true);
    await facilitator.until((m) => !Object.hasOwn(m.state!.participants, annaId));
    await new Promise<void>((resolve) => (anna.socket.connected ? anna.socket.once('disconnect', () => resolve()) : resolve()));

    const board = facilitator.state!.board;
    expect(board.ideas.find((i) => i.id === ids.top)!.authorId).toBe(OTHERS);
    expect(board.ideas.map((i) => Object.values(i.votes).reduce((a, b) => a + b, 0))).toEqual(totalsBefore);

    const key = created.facilitatorKey;
    const fresh = await joinAsFacilitator(server, created);
    const faces = [JSON.stringify(facilitator.state), JSON.stringify(fresh.state)];
    const exports = await Promise.all(
      ['export.csv', 'export.json?identified=1', 'export.json', 'report.html'].map((file) => download(server, created.sessionId, key, file)),
    );
    for (const text of [...faces, ...exports]) {
      expect(text).not.toContain(annaId);
      expect(text).not.toContain('Anna Ærø');
    }
    expect(exports[0]).toContain('Bo'); // names were shown: the others keep theirs
    const disk = filesOnDisk(server);
    expect(disk).not.toContain(annaId);
    expect(disk).not.toContain(Buffer.from('Anna Ærø', 'utf8').toString('latin1'));

    // The rewritten log replays to the same state after a restart.
    const before = fresh.state!;
    const { dataDir } = server;
    await server.close();
    server = await startServer({ dataDir });
    const again = await joinAsFacilitator(server, created);
    expect(again.state).toEqual(before);
  });

  it('lets the phone join again only as a new participant, with nothing of the old one', async ({ startServer }) => {
    const server = await startServer();
    const { created, anna } = await seedWorkshop(server);
    await anna.socket.emitWithAck('participant:forget', {});
    const back = new Mirror(server.connect());
    const ack = await back.join({ role: 'participant', joinCode: created.joinCode, ...anna.credentials, name: '' });
    expect(ack.ok).toBe(true);
    expect(back.state!.board.ideas.some((i) => i.authorId === anna.credentials.participantId)).toBe(false);
  });
});

describe('exports name no one unless asked', () => {
  it('leaves participants, authors and voters out of the JSON unless the organiser asks for an identified export', async ({ startServer }) => {
    const server = await startServer({ adminToken: ADMIN_TOKEN });
    const { created, anna, bo, ids } = await seedWorkshop(server);
    const anonymous = JSON.parse(await download(server, created.sessionId, ADMIN_TOKEN, 'export.json')) as SessionDocument;
    const text = JSON.stringify(anonymous);
    for (const secret of [anna.credentials.participantId, bo.credentials.participantId, 'Anna Ærø']) expect(text).not.toContain(secret);
    expect(anonymous.participants).toEqual([]);
    expect(anonymous.votes.find((v) => v.ideaId === ids.top)).toEqual({ participantId: OTHERS, ideaId: ids.top, dots: 2 });
    const identified = JSON.parse(await download(server, created.sessionId, ADMIN_TOKEN, 'export.json?identified=1')) as SessionDocument;
    expect(identified.participants.map((p) => p.name).sort()).toEqual(['Anna Ærø', 'Bo']);
    expect(identified.votes.filter((v) => v.ideaId === ids.top).map((v) => v.participantId).sort()).toEqual(
      [anna.credentials.participantId, bo.credentials.participantId].sort(),
    );
  });

  it('re-imports an anonymous export with its dots as counts', async ({ startServer }) => {
    const server = await startServer();
    const { created, ids } = await seedWorkshop(server);
    const doc = await download(server, created.sessionId, created.facilitatorKey, 'export.json');
    const res = await fetch(`${server.url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: doc });
    expect(res.status).toBe(201);
    const copy = (await res.json()) as typeof created;
    const facilitator = await joinAsFacilitator(server, copy);
    const top = facilitator.state!.board.ideas.find((i) => i.text.startsWith('Lektiecafé'))!;
    expect(top.votes).toEqual({ [OTHERS]: 2 });
    expect(top.authorId).toBe(OTHERS);
    expect(ids.top).not.toBe(top.id);
  });
});

describe('retention', () => {
  /** Rows of a session in every table, read straight from the SQLite file. */
  function storedRows(s: TestServer, sessionId: string): number {
    const db = new Database(path.join(s.dataDir, 'test.sqlite'), { readonly: true });
    try {
      const count = (table: string, column: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`).get(sessionId) as { n: number }).n;
      return count('sessions', 'id') + count('events', 'session_id') + count('credentials', 'session_id');
    } finally {
      db.close();
    }
  }

  it('deletes a session past RETENTION_DAYS after a restart, from every table, and keeps one inside it', async ({ startServer }) => {
    let server = await startServer();
    const old = await seedWorkshop(server, { date: '2020-03-01' });
    const recent = await server.createSession({});
    const { dataDir } = server;
    expect(storedRows(server, old.created.sessionId)).toBeGreaterThan(3);
    await server.close();
    server = await startServer({ dataDir, retentionDays: 90, adminToken: ADMIN_TOKEN });
    expect(await server.server.retentionSwept).toEqual([old.created.sessionId]);
    expect(storedRows(server, old.created.sessionId)).toBe(0);
    expect(storedRows(server, recent.sessionId)).toBeGreaterThan(0);
    expect(filesOnDisk(server)).not.toContain('Anna');
    const listed = (await (await fetch(`${server.url}/api/admin/sessions`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()) as {
      sessions: { id: string; date: string; deleteOn: string | null }[];
    };
    expect(listed.sessions.map((s) => s.id)).toEqual([recent.sessionId]);
    const [kept] = listed.sessions;
    expect(Date.parse(kept!.deleteOn!) - Date.parse(kept!.date)).toBe(90 * 86_400_000);
  });

  it('keeps every session when RETENTION_DAYS is 0', async ({ startServer }) => {
    let server = await startServer();
    const old = await server.createSession({ date: '2001-01-01' });
    const { dataDir } = server;
    await server.close();
    server = await startServer({ dataDir, retentionDays: 0 });
    expect(await server.server.retentionSwept).toEqual([]);
    expect(storedRows(server, old.sessionId)).toBeGreaterThan(0);
  });
});
