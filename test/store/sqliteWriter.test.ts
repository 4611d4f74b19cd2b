// SQLite commits are written on their own thread: a commit that waits for the disk leaves the event loop free.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { SequencedEvent } from '../../shared/events';
import { openSqliteStore } from '../../server/store/sqlite';
import type { SessionWrite, Store } from '../../server/store/types';
import { freshDataDir } from '../kit/process';

const at = 1_764_000_000_000;
const record = { id: 's1', joinCode: 'WRITER', facilitatorKeyHash: 'h', title: 'Writer', createdAt: at, status: 'active' as const };
const created: SequencedEvent = { seq: 1, at, actor: 'facilitator', event: { type: 'session:created', date: '2026-12-07', title: 'Writer' } as unknown as SequencedEvent['event'] };
const joined = (seq: number): SequencedEvent => ({ seq, at: at + seq, actor: `p${seq}`, event: { type: 'participant:joined', participantId: `p${seq}`, name: `P ${seq}` } });
const write = (seq: number): SessionWrite => ({ sessionId: 's1', events: [joined(seq)], credentials: [] });

describe('the SQLite writer thread', () => {
  let store: Store;
  let dir: string;
  let other: Database.Database | undefined;
  afterEach(async () => {
    other?.close();
    other = undefined;
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open() {
    dir = freshDataDir();
    const file = path.join(dir, 'store.sqlite');
    store = openSqliteStore(file);
    await store.commit([{ sessionId: 's1', created: record, events: [created], credentials: [] }]);
    return file;
  }

  it('leaves the event loop free while a commit waits for the database, then stores the commit', async () => {
    const file = await open();
    // Another connection holds the write lock, as a slow disk or another process would: the commit has to wait.
    other = new Database(file);
    other.prepare('BEGIN IMMEDIATE').run();
    let settled = false;
    const committing = store.commit([write(2)]).finally(() => (settled = true));
    // Meanwhile this thread goes on: its timers run and reads are answered from what is stored.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    expect(await store.lastSeq('s1')).toBe(1);
    other.prepare('COMMIT').run();
    expect(await committing).toEqual({ conflicted: [] });
    expect(await store.lastSeq('s1')).toBe(2);
  });

  it('answers a conflict for its session alone and commits the others of the same commit', async () => {
    await open();
    await store.commit([{ sessionId: 's2', created: { ...record, id: 's2', joinCode: 'WRITE2' }, events: [{ ...created }], credentials: [] }]);
    const outcome = await store.commit([write(1), { sessionId: 's2', events: [joined(2)], credentials: [] }]);
    expect(outcome).toEqual({ conflicted: ['s1'] });
    expect(await store.lastSeq('s1')).toBe(1);
    expect(await store.lastSeq('s2')).toBe(2);
  });

  it('fails a commit the database cannot take, and the next commit works', async () => {
    await open();
    // A value SQLite cannot bind fails the whole commit, not as a conflict.
    const unbindable = { sessionId: 's1', events: [{ ...joined(2), at: { not: 'a number' } as unknown as number }], credentials: [] };
    await expect(store.commit([unbindable])).rejects.toThrow();
    expect(await store.commit([write(2)])).toEqual({ conflicted: [] });
    expect((await store.events('s1', 0)).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('fails writes on a read-only database with SQLITE_READONLY, as the storage failure it is', async () => {
    const file = await open();
    await store.close();
    store = openSqliteStore(file, { readonly: true });
    await expect(store.commit([write(2)])).rejects.toMatchObject({ code: 'SQLITE_READONLY' });
    expect(await store.lastSeq('s1')).toBe(1);
  });
});
