import type { EvolverMap } from '../evolve';
import type { ProjectorEvent } from './events';

export const projectorEvolvers: EvolverMap<ProjectorEvent> = {
  'projector:qrShown': (s, e) => ({ ...s, projector: { ...s.projector, isQrLarge: e.isLarge } }),
  'projector:chosen': (s, e) => ({ ...s, projector: { ...s.projector, override: e.override } }),
  'projector:tableShown': (s, e) => ({ ...s, projector: { ...s.projector, tableId: e.tableId } }),
};
