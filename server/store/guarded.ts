// Wraps the store's writes: refused before they start when the disk is nearly full, and a storage failure during
// one (or a read) becomes `unavailable` for the client; a pool with no free connection in time, `rate_limited` (busy,
// not gone). Remembers whether the last write failed, for /readyz.
import type { DiskSpace } from '../ops/diskSpace';
import { cannotRead, cannotSave, isPoolBusy, isStorageFailure, serverBusy } from './failures';
import type { Store } from './types';

export interface GuardedStore extends Store {
  /** The last write failed for a storage reason and none has succeeded since. */
  readonly writeFailing: boolean;
}

export function guardedStore(store: Store, disk: DiskSpace): GuardedStore {
  let writeFailing = false;
  const write =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (disk.isLow()) throw cannotSave('the disk is nearly full');
      try {
        const result = await run(...args);
        writeFailing = false;
        return result;
      } catch (error) {
        if (isPoolBusy(error)) throw serverBusy();
        if (!isStorageFailure(error)) throw error;
        writeFailing = true;
        throw cannotSave('the database cannot be written');
      }
    };
  // A read that cannot reach the database (PostgreSQL down) is a typed refusal too, not an internal error.
  const read =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await run(...args);
      } catch (error) {
        if (isPoolBusy(error)) throw serverBusy();
        if (!isStorageFailure(error)) throw error;
        throw cannotRead();
      }
    };
  return {
    ...store,
    sessionById: read(store.sessionById),
    sessionByJoinCode: read(store.sessionByJoinCode),
    listSessions: read(store.listSessions),
    listings: read(store.listings),
    lastSeq: read(store.lastSeq),
    checkpoint: read(store.checkpoint),
    events: read(store.events),
    participantSecretHash: read(store.participantSecretHash),
    sessionDates: read(store.sessionDates),
    // Deleting frees space: never refused for a full disk.
    deleteSession: read(store.deleteSession),
    eraseParticipant: read(store.eraseParticipant),
    setStatus: write(store.setStatus),
    setKeyHash: write(store.setKeyHash),
    commit: write(store.commit),
    get writeFailing() {
      return writeFailing;
    },
  };
}
