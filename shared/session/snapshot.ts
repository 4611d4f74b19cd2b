import type { SessionState } from '../state';

/** Kept apart from the join schema so the client can read a snapshot without loading zod. */
export function parseSnapshot(stateJson: string): SessionState {
  return JSON.parse(stateJson) as SessionState;
}
