/** What the facilitator chooses for the room's screen; the projector itself only watches. */
export interface ProjectorState {
  /** The join QR shown large over the board ("vis QR"), instead of in its corner. */
  isQrLarge: boolean;
  /**
   * The facilitator's choice of what the screen shows, over what it would follow by itself. It holds only while
   * the item it was made during is on (`itemId`, null before or between items): the next item is followed again.
   * Absent in states made before the choice existed: the screen follows.
   */
  override?: ProjectorOverride | null;
  /** The table whose board the screen shows instead of the whole room's (absent or null: the whole room). */
  tableId?: string | null;
}

export const projectorChoices = ['auto', 'board', 'programme'] as const;
export type ProjectorChoice = (typeof projectorChoices)[number];

export interface ProjectorOverride {
  show: Exclude<ProjectorChoice, 'auto'>;
  itemId: string | null;
}

export const initialProjector: ProjectorState = { isQrLarge: false, override: null };
