// Wraps the store's writes: refused before they start when the disk is nearly full, and a storage failure during
// one becomes `unavailable` for the client. Remembers whether the last write failed, for /readyz.
import type { DiskSpace } from '../diskSpace';
import { cannotSave, isStorageFailure } from './failures';
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
        if (!isStorageFailure(error)) throw error;
        writeFailing = true;
        throw cannotSave('the database cannot be written');
      }
    };
  return {
    ...store,
    setStatus: write(store.setStatus),
    commit: write(store.commit),
    get writeFailing() {
      return writeFailing;
    },
  };
}
