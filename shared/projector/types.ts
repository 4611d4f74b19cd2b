/** What the facilitator chooses for the room's screen; the projector itself only watches. */
export interface ProjectorState {
  /** The join QR shown large over the board ("vis QR"), instead of in its corner. */
  isQrLarge: boolean;
}

export const initialProjector: ProjectorState = { isQrLarge: false };
