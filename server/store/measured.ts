// The store with its commits measured: every group commit is one call, so its size and fsync time are the metrics.
import type { Metrics } from '../metrics';
import type { Store } from './types';

export function measuredStore(store: Store, metrics: Metrics): Store {
  return Object.assign(Object.create(store) as Store, {
    commit(batch: Parameters<Store['commit']>[0]) {
      const started = performance.now();
      store.commit(batch);
      metrics.commitSeconds.observe((performance.now() - started) / 1000);
      metrics.commitEvents.observe(batch.events.length);
    },
  });
}
