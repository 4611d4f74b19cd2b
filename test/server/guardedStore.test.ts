// A real "database or disk is full" from SQLite (a page cap stands in for the disk) becomes `unavailable`, and the
// guard remembers it until a write succeeds again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { DiskSpace } from '../../server/ops/diskSpace';
import { guardedStore } from '../../server/store/guarded';
import { openSqliteStore } from '../../server/store/sqlite';
import type { SessionWrite, Store } from '../../server/store/types';
import { DomainError } from '../../shared/errors';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((run) => run()));

/** The SQLite store, except that its commits go to a second real database capped at a few pages. */
function storeOnASmallDisk(): { store: Store; free: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-full-'));
  const store = openSqliteStore(path.join(dir, 'store.sqlite'));
  const small = new Database(path.join(dir, 'small.sqlite'));
  small.exec('CREATE TABLE blobs (body TEXT NOT NULL)');
  small.pragma('max_page_count = 8');
  cleanup.push(() => (small.close(), void store.close()));
  const insert = small.prepare('INSERT INTO blobs (body) VALUES (?)');
  return {
    store: { ...store, commit: async (writes: SessionWrite[]) => (insert.run(JSON.stringify(writes) + 'x'.repeat(3000)), { conflicted: [] }) },
    free: () => void small.exec('DELETE FROM blobs'),
  };
}

const batch: SessionWrite[] = [{ sessionId: 'a', events: [], credentials: [] }];

it('turns SQLITE_FULL into unavailable and reports the failing writes until one succeeds', async () => {
  const { store, free } = storeOnASmallDisk();
  const guarded = guardedStore(store, new DiskSpace(undefined, 0));
  let failure: unknown;
  for (let i = 0; i < 20 && failure === undefined; i++) {
    try {
      await guarded.commit(batch);
    } catch (error) {
      failure = error;
    }
  }
  expect(failure).toBeInstanceOf(DomainError);
  expect((failure as DomainError).code).toBe('unavailable');
  expect(guarded.writeFailing).toBe(true);
  free();
  await guarded.commit(batch);
  expect(guarded.writeFailing).toBe(false);
});

it('refuses writes before they start when free space is under the floor', async () => {
  const { store } = storeOnASmallDisk();
  const guarded = guardedStore(store, new DiskSpace(os.tmpdir(), Number.MAX_SAFE_INTEGER));
  await expect(guarded.commit(batch)).rejects.toThrow(/nearly full/);
  expect(guarded.isWritable()).toBe(true);
});
