// After a restart: the organiser list reads the stored list rows and replays no history,
// and the first join of a long session folds at most CHECKPOINT_EVERY events, not the whole log.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKPOINT_EVERY } from '../../server/tuning';
import { openSqliteStore } from '../../server/store/sqlite';
import type { Store } from '../../server/store/types';
import { joinAsFacilitator, joinAsParticipant, newId, startServer, type TestServer } from '../kit/testServer';

const ADMIN_TOKEN = 'admin-token-for-restart-tests-0123456789';
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The SQLite store, counting how many events each read returns. */
function countingStore(file: string) {
  const store = openSqliteStore(file);
  const reads: { sessionId: string; afterSeq: number; count: number }[] = [];
  const counted: Store = {
    ...store,
    events: async (sessionId, afterSeq) => {
      const events = await store.events(sessionId, afterSeq);
      reads.push({ sessionId, afterSeq, count: events.length });
      return events;
    },
  };
  return { store: counted, reads };
}

describe('after a restart', () => {
  it('lists every session with its figures without reading a single event, and rebuilds from the last checkpoint', async () => {
    server = await startServer({ adminToken: ADMIN_TOKEN });
    const { dataDir } = server;
    const created = await server.createSession({ title: 'Lang dag' });
    const other = await server.createSession({ title: 'Kort dag' });
    const facilitator = await joinAsFacilitator(server, created);
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    const phones = await Promise.all(Array.from({ length: 30 }, (_, i) => joinAsParticipant(server!, created, `P${i}`)));
    // Past two checkpoints: 30 joins + 1,500 ideas.
    for (let round = 0; round < 50; round++) {
      await Promise.all(phones.map((p, i) => p.socket.emitWithAck('idea:add', { id: newId(), sector: 'public', text: `Idé ${round}.${i}` })));
    }
    await facilitator.socket.emitWithAck('board:phase', { phase: 'voting' });
    await Promise.all(phones.slice(0, 10).map((p) => p.socket.emitWithAck('vote:cast', { ideaId: facilitator.state!.board.ideas[0]!.id })));
    await facilitator.until((m) => m.state!.board.ideas[0]!.votes && Object.keys(m.state!.board.ideas[0]!.votes).length === 10);
    const lastSeq = facilitator.state!.seq;
    await server.close();

    const { store, reads } = countingStore(path.join(dataDir, 'test.sqlite'));
    server = await startServer({ dataDir, adminToken: ADMIN_TOKEN, store });
    const res = await fetch(`${server.url}/api/admin/sessions`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.status).toBe(200);
    const { sessions } = (await res.json()) as { sessions: { id: string; title: string; participants: number; ideas: number; votes: number }[] };
    expect(reads).toEqual([]);
    expect(sessions.find((s) => s.id === created.sessionId)).toMatchObject({ title: 'Lang dag', participants: 30, ideas: 1_500, votes: 10 });
    expect(sessions.find((s) => s.id === other.sessionId)).toMatchObject({ title: 'Kort dag', participants: 0, ideas: 0, votes: 0 });

    const startedAt = performance.now();
    const back = await joinAsFacilitator(server, created);
    console.log(`first join after restart of a ${lastSeq}-event session: ${(performance.now() - startedAt).toFixed(0)} ms, reads ${JSON.stringify(reads)}`);
    expect(back.state!.board.ideas).toHaveLength(1_500);
    expect(back.state!.seq).toBe(lastSeq);
    const folded = reads.filter((r) => r.sessionId === created.sessionId).reduce((sum, r) => sum + r.count, 0);
    expect(folded).toBeLessThan(CHECKPOINT_EVERY);
    await server.close();

    // A database from before checkpoints: the first rebuild folds the whole log once and leaves a checkpoint.
    const db = new Database(path.join(dataDir, 'test.sqlite'));
    db.exec('DELETE FROM checkpoints');
    db.close();
    for (const expected of [lastSeq, 0]) {
      const counting = countingStore(path.join(dataDir, 'test.sqlite'));
      server = await startServer({ dataDir, store: counting.store });
      const again = await joinAsFacilitator(server, created);
      expect(again.state!.seq).toBe(lastSeq);
      expect(counting.reads.reduce((sum, r) => sum + r.count, 0)).toBe(expected);
      await server.close();
    }

    // A crash leaves a list row behind its session's events: it is noticed by its seq and made again, from the
    // checkpoint, not from the first event.
    const stale = new Database(path.join(dataDir, 'test.sqlite'));
    stale.prepare('UPDATE listings SET seq = seq - 5, ideas = 0 WHERE session_id = ?').run(created.sessionId);
    stale.close();
    const counting = countingStore(path.join(dataDir, 'test.sqlite'));
    server = await startServer({ dataDir, adminToken: ADMIN_TOKEN, store: counting.store });
    const listed = await fetch(`${server.url}/api/admin/sessions`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const fixed = ((await listed.json()) as { sessions: { id: string; ideas: number }[] }).sessions.find((s) => s.id === created.sessionId);
    expect(fixed?.ideas).toBe(1_500);
    expect(counting.reads.reduce((sum, r) => sum + r.count, 0)).toBe(0);
  });
});
