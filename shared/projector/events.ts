import type { ProjectorOverride } from './types';

export type ProjectorEvent =
  | { type: 'projector:qrShown'; isLarge: boolean }
  /** The facilitator chose what the screen shows (null: follow the day again). */
  | { type: 'projector:chosen'; override: ProjectorOverride | null }
  /** The facilitator put one table's board on the screen (null: the whole room again). */
  | { type: 'projector:tableShown'; tableId: string | null };
