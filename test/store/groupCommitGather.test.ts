// The group commit under a storm of single writes (a keynote's joins, one at a time): at a workshop's pace each
// write is a commit of its own; once writes come thick and fast, they share one (and its fsync).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SequencedEvent } from '../../shared/events';
import { GroupCommit } from '../../server/session/groupCommit';
import { openSqliteStore } from '../../server/store/sqlite';
import type { SessionWrite, Store } from '../../server/store/types';
import { BUSY_COMMITS_PER_SECOND } from '../../server/tuning';
import { freshDataDir } from '../kit/process';

const at = 1_764_000_000_000;
const joined = (seq: number): SequencedEvent => ({ seq, at: at + seq, actor: `p${seq}`, event: { type: 'participant:joined', participantId: `p${seq}`, name: `P ${seq}` } });
const created: SequencedEvent = { seq: 1, at, actor: 'facilitator', event: { type: 'session:created', date: '2026-12-07', title: 'Keynote' } as unknown as SequencedEvent['event'] };
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('the group commit in a storm of single writes', () => {
  let store: Store;
  let dir: string;
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('commits each write alone at a workshop\'s pace, lets a storm of writes share commits, and stores every one in order', async () => {
    dir = freshDataDir();
    store = openSqliteStore(path.join(dir, 'store.sqlite'));
    const record = { id: 's1', joinCode: 'KEYNO1', facilitatorKeyHash: 'h', title: 'Keynote', createdAt: at, status: 'active' as const };
    await store.commit([{ sessionId: 's1', created: record, events: [created], credentials: [] }]);
    const commits: number[] = [];
    const group = new GroupCommit(store, () => new Map(), (writes: SessionWrite[]) => commits.push(writes.reduce((n, w) => n + w.events.length, 0)));
    // A workshop's pace: each write is answered before the next one comes.
    const calm = 10;
    for (let seq = 2; seq < calm + 2; seq++) await group.submit({ sessionId: 's1', events: [joined(seq)], credentials: [] });
    expect(commits).toEqual(Array(calm).fill(1));
    // A storm: one write every other turn of the event loop, never two in the same turn.
    const storm = BUSY_COMMITS_PER_SECOND * 5;
    const acks: Promise<void>[] = [];
    for (let seq = calm + 2; seq < calm + storm + 2; seq++) {
      acks.push(group.submit({ sessionId: 's1', events: [joined(seq)], credentials: [] }));
      await nextTurn();
      await nextTurn();
    }
    await Promise.all(acks);
    await group.flushed();
    const stormCommits = commits.slice(calm);
    expect(stormCommits.reduce((a, b) => a + b, 0)).toBe(storm);
    expect(stormCommits.length).toBeLessThan(storm);
    expect(Math.max(...stormCommits)).toBeGreaterThan(1);
    expect((await store.events('s1', 1)).map((e) => e.seq)).toEqual(Array.from({ length: calm + storm }, (_, i) => i + 2));
  });
});
