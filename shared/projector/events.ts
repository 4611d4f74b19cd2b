import type { ProjectorOverride } from './types';

export type ProjectorEvent =
  | { type: 'projector:qrShown'; isLarge: boolean }
  /** The facilitator chose what the screen shows (null: follow the day again). */
  | { type: 'projector:chosen'; override: ProjectorOverride | null };
