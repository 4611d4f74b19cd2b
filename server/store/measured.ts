// The store with its commits measured: every group commit is one call, so its size and fsync time are the metrics.
import type { Metrics } from '../ops/metrics';
import type { Store } from './types';

export function measuredStore(store: Store, metrics: Metrics): Store {
  return Object.assign(Object.create(store) as Store, {
    async commit(writes: Parameters<Store['commit']>[0]) {
      const started = performance.now();
      const outcome = await store.commit(writes);
      metrics.commitSeconds.observe((performance.now() - started) / 1000);
      metrics.commitEvents.observe(writes.reduce((sum, w) => sum + w.events.length, 0));
      return outcome;
    },
  });
}
