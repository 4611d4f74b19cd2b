// One contract for every store engine: what the app relies on, run against SQLite and a fresh PostgreSQL database.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors';
import type { SequencedEvent } from '../../shared/events';
import type { SessionListing } from '../../shared/session/listing';
import { GroupCommit } from '../../server/session/groupCommit';
import { StoreConflict } from '../../server/store/failures';
import { openPostgresStore } from '../../server/store/postgres';
import { openSqliteStore } from '../../server/store/sqlite';
import type { SessionRecord, SessionWrite, Store } from '../../server/store/types';
import { freshDatabase } from '../kit/postgres';
import { freshDataDir } from '../kit/process';

interface Engine {
  name: string;
  open(): Promise<{ store: Store; dispose: () => Promise<void> }>;
}

const engines: Engine[] = [
  {
    name: 'sqlite',
    open: async () => {
      const dir = freshDataDir();
      const store = openSqliteStore(path.join(dir, 'store.sqlite'));
      return { store, dispose: async () => (await store.close(), fs.rmSync(dir, { recursive: true, force: true })) };
    },
  },
  {
    name: 'postgres',
    open: async () => {
      const db = await freshDatabase();
      const store = await openPostgresStore(db.url, { poolSize: 3 });
      return { store, dispose: async () => (await store.close(), await db.drop()) };
    },
  },
];

const record = (id: string, joinCode = `J${id}`.slice(0, 6).toUpperCase()): SessionRecord => ({
  id,
  joinCode,
  facilitatorKeyHash: `hash-of-${id}`,
  title: `Workshop ${id}`,
  createdAt: 1_764_000_000_000,
  status: 'active',
});
const created = (date: string): SequencedEvent => ({
  seq: 1,
  at: 1_764_000_000_000,
  actor: 'facilitator',
  event: { type: 'session:created', date, title: 'Workshop' } as unknown as SequencedEvent['event'],
});
const joined = (seq: number, participantId: string, name = 'Anna'): SequencedEvent => ({
  seq,
  at: 1_764_000_000_000 + seq,
  actor: participantId,
  event: { type: 'participant:joined', participantId, name },
});
const listing = (sessionId: string, seq: number, ideas = 0): SessionListing => ({ sessionId, seq, title: 'T', date: '2026-11-26', participants: 1, ideas, votes: 0 });
const write = (sessionId: string, events: SequencedEvent[], more: Partial<SessionWrite> = {}): SessionWrite => ({ sessionId, events, credentials: [], ...more });

describe.each(engines)('the $name store', (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await engine.open());
  });
  afterEach(async () => {
    await dispose();
  });

  const createSession = (id: string, date = '2026-11-26') => store.commit([write(id, [created(date)], { created: record(id), listing: listing(id, 1) })]);

  it('stores a new session with its first event and list row, found by id and by join code', async () => {
    expect(await createSession('s1')).toEqual({ conflicted: [] });
    expect(await store.sessionById('s1')).toEqual(record('s1'));
    expect(await store.sessionByJoinCode('JS1')).toEqual(record('s1'));
    expect(await store.sessionById('nope')).toBeUndefined();
    expect((await store.listSessions()).map((r) => r.id)).toEqual(['s1']);
    expect((await store.listings()).get('s1')).toEqual(listing('s1', 1));
    expect(await store.lastSeq('s1')).toBe(1);
    expect(await store.lastSeq('nope')).toBe(0);
  });

  it('returns the events after a sequence number, in order, as they were written', async () => {
    await createSession('s1');
    await store.commit([write('s1', [joined(2, 'p1'), joined(3, 'p2')])]);
    await store.commit([write('s1', [joined(4, 'p3', 'Æble "ø" \u{1F600}')])]);
    expect((await store.events('s1', 0)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(await store.events('s1', 2)).toEqual([joined(3, 'p2'), joined(4, 'p3', 'Æble "ø" \u{1F600}')]);
    expect(await store.events('s1', 4)).toEqual([]);
    expect(await store.lastSeq('s1')).toBe(4);
  });

  it('refuses a sequence number already stored for that session only: the other sessions of the commit are stored', async () => {
    await createSession('s1');
    await createSession('s2');
    await store.commit([write('s1', [joined(2, 'first')])]);
    // A second writer's seq 2 for s1, beside ordinary writes for s2, with rows that must not land for s1.
    const outcome = await store.commit([
      write('s2', [joined(2, 'b')], { listing: listing('s2', 2) }),
      write('s1', [joined(2, 'second'), joined(3, 'x')], {
        credentials: [{ sessionId: 's1', participantId: 'second', secretHash: 'h' }],
        listing: listing('s1', 3, 9),
        checkpoint: { sessionId: 's1', seq: 3, stateJson: '{}', stateVersion: 1 },
      }),
      write('s2', [joined(3, 'c')]),
    ]);
    expect(outcome.conflicted).toEqual(['s1']);
    expect((await store.events('s1', 0)).map((e) => [e.seq, e.actor])).toEqual([[1, 'facilitator'], [2, 'first']]);
    expect(await store.participantSecretHash('s1', 'second')).toBeUndefined();
    expect((await store.listings()).get('s1')).toEqual(listing('s1', 1));
    expect(await store.checkpoint('s1')).toBeUndefined();
    expect((await store.events('s2', 0)).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await store.listings()).get('s2')).toEqual(listing('s2', 2));
  });

  it('refuses, as a conflict of that session only, a join code already taken and rows of a session that does not exist', async () => {
    await createSession('s1');
    const outcome = await store.commit([
      write('s3', [created('2026-11-26')], { created: record('s3', 'JS1') }),
      write('ghost', [joined(2, 'p')]),
      write('s1', [joined(2, 'p')]),
    ]);
    expect(outcome.conflicted.sort()).toEqual(['ghost', 's3']);
    expect(await store.sessionById('s3')).toBeUndefined();
    expect(await store.lastSeq('s1')).toBe(2);
  });

  it('keeps the first secret of a participant, and a list row never goes back to an older seq', async () => {
    await createSession('s1');
    await store.commit([write('s1', [], { credentials: [{ sessionId: 's1', participantId: 'p', secretHash: 'first' }], listing: listing('s1', 5, 5) })]);
    await store.commit([write('s1', [], { credentials: [{ sessionId: 's1', participantId: 'p', secretHash: 'second' }], listing: listing('s1', 3, 3) })]);
    expect(await store.participantSecretHash('s1', 'p')).toBe('first');
    expect((await store.listings()).get('s1')).toEqual(listing('s1', 5, 5));
  });

  it('keeps the latest checkpoint of a session with the version of the state it holds', async () => {
    await createSession('s1');
    await store.commit([write('s1', [], { checkpoint: { sessionId: 's1', seq: 1, stateJson: '{"a":1}', stateVersion: 1 } })]);
    await store.commit([write('s1', [], { checkpoint: { sessionId: 's1', seq: 1, stateJson: '{"a":2}', stateVersion: 7 } })]);
    expect(await store.checkpoint('s1')).toEqual({ sessionId: 's1', seq: 1, stateJson: '{"a":2}', stateVersion: 7 });
  });

  it('changes the status, lists sessions newest first, and gives each session the date of its first event', async () => {
    await createSession('s1', '2026-01-02');
    await store.commit([write('s2', [created('2026-03-04')], { created: { ...record('s2'), createdAt: record('s2').createdAt + 1 } })]);
    await store.setStatus('s1', 'archived');
    expect((await store.sessionById('s1'))?.status).toBe('archived');
    expect((await store.listSessions()).map((r) => r.id)).toEqual(['s2', 's1']);
    expect((await store.sessionDates()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 's1', date: '2026-01-02' },
      { id: 's2', date: '2026-03-04' },
    ]);
  });

  it('erases a participant: every event that mentions them rewritten, their credential and the checkpoint gone', async () => {
    await createSession('s1');
    await store.commit([
      write('s1', [joined(2, 'anna', 'Anna'), joined(3, 'bo', 'Bo')], {
        credentials: [{ sessionId: 's1', participantId: 'anna', secretHash: 'h' }],
        checkpoint: { sessionId: 's1', seq: 3, stateJson: '{"name":"Anna"}', stateVersion: 1 },
      }),
    ]);
    await store.eraseParticipant('s1', 'anna', (e) => ({ ...e, actor: e.actor === 'anna' ? 'others' : e.actor, event: { ...e.event, participantId: 'others', name: '' } as SequencedEvent['event'] }));
    const events = await store.events('s1', 0);
    expect(JSON.stringify(events)).not.toMatch(/anna|Anna/);
    expect(events[2]).toEqual(joined(3, 'bo', 'Bo'));
    expect(await store.participantSecretHash('s1', 'anna')).toBeUndefined();
    expect(await store.checkpoint('s1')).toBeUndefined();
  });

  it('deletes a session with every row of it', async () => {
    await createSession('s1');
    await createSession('s2');
    await store.commit([write('s1', [joined(2, 'p')], { credentials: [{ sessionId: 's1', participantId: 'p', secretHash: 'h' }], checkpoint: { sessionId: 's1', seq: 2, stateJson: '{}', stateVersion: 1 } })]);
    await store.deleteSession('s1');
    expect(await store.sessionById('s1')).toBeUndefined();
    expect(await store.events('s1', 0)).toEqual([]);
    expect(await store.participantSecretHash('s1', 'p')).toBeUndefined();
    expect(await store.checkpoint('s1')).toBeUndefined();
    expect((await store.listings()).has('s1')).toBe(false);
    expect(await store.sessionById('s2')).toBeDefined();
  });

  it('answers a ping and says it takes writes', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    expect(store.isWritable()).toBe(true);
  });

  describe('under the group commit', () => {
    const committer = () => {
      const committed: SessionWrite[][] = [];
      return { group: new GroupCommit(store, () => new Map(), (writes) => committed.push(writes)), committed };
    };

    it('writes what was submitted together in one commit, and fails only the waiters of a session that conflicted', async () => {
      await createSession('s1');
      await createSession('s2');
      await store.commit([write('s1', [joined(2, 'elsewhere')])]);
      const { group, committed } = committer();
      const conflicting = group.submit(write('s1', [joined(2, 'here')]));
      const fine = group.submit(write('s2', [joined(2, 'b')]));
      await expect(conflicting).rejects.toBeInstanceOf(StoreConflict);
      await expect(conflicting).rejects.toMatchObject({ code: 'conflict', sessionId: 's1' });
      await expect(fine).resolves.toBeUndefined();
      expect(committed.map((writes) => writes.map((w) => w.sessionId))).toEqual([['s2']]);
      expect(await store.lastSeq('s2')).toBe(2);
    });

    it('fails the writes of a conflicted session submitted meanwhile, so its sequence keeps no gap', async () => {
      await createSession('s1');
      await store.commit([write('s1', [joined(2, 'elsewhere')])]);
      const { group } = committer();
      const first = expect(group.submit(write('s1', [joined(2, 'here')]))).rejects.toBeInstanceOf(DomainError);
      // Submitted while the first commit is on its way (or after it failed): it follows on from seq 2, which was not ours.
      await new Promise((resolve) => setImmediate(resolve));
      const next = group.submit(write('s1', [joined(3, 'then')]));
      await first;
      await expect(next).rejects.toBeInstanceOf(StoreConflict);
      await group.flushed();
      expect(await store.lastSeq('s1')).toBe(2);
      await expect(group.submit(write('s1', [joined(3, 'still on')]))).rejects.toBeInstanceOf(StoreConflict);
      // Numbered again from the stored log (the hub reloads the session): accepted.
      group.reloaded('s1');
      await expect(group.submit(write('s1', [joined(3, 'reloaded')]))).resolves.toBeUndefined();
      expect((await store.events('s1', 2)).map((e) => e.actor)).toEqual(['reloaded']);
    });
  });
});
