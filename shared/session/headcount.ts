// How many took part and how many voted, named or not: the console, the report, the workbook and the organiser's
// list count the same people, also after "Glem mig" and after an import without names.
import { OTHERS } from '../board/dots';
import type { BoardState } from '../board/types';
import { ownValue } from '../records';
import type { SessionState, Unnamed } from '../state';

const none: Unnamed = { participants: 0, voters: 0 };

/** Everyone who took part: the named participants and those counted without a name. */
export function headcount(state: Pick<SessionState, 'participants' | 'unnamed'>): number {
  let named = 0;
  for (const key in state.participants) if (Object.hasOwn(state.participants, key)) named += 1;
  return named + (state.unnamed ?? none).participants;
}

/** Everyone who placed a dot: named voters found on the board, and the voters counted without a name. */
export function voterCount(board: BoardState, unnamed: Unnamed | undefined): number {
  const voters = new Set<string>();
  for (const idea of board.ideas) {
    for (const participantId of Object.keys(idea.votes)) if (participantId !== OTHERS) voters.add(participantId);
    for (const participantId of Object.keys(idea.roundOne ?? {})) if (participantId !== OTHERS) voters.add(participantId);
  }
  return voters.size + (unnamed ?? none).voters;
}

export function hasVoted(board: BoardState, participantId: string): boolean {
  return board.ideas.some((idea) => (ownValue(idea.votes, participantId) ?? 0) > 0 || (ownValue(idea.roundOne ?? {}, participantId) ?? 0) > 0);
}

/** One more person counted without a name (they chose "Glem mig"). */
export function withForgotten(unnamed: Unnamed | undefined, voted: boolean): Unnamed {
  const before = unnamed ?? none;
  return { participants: before.participants + 1, voters: before.voters + (voted ? 1 : 0) };
}

/**
 * The unnamed people of an imported document: as the document counts them, or, for documents written before it
 * did, the fewest people who could have placed the dots it holds without names.
 */
export function unnamedOfDocument(counted: Unnamed | undefined, anonymousDots: number, dotsPerParticipant: number): Unnamed {
  if (counted) return counted;
  const fewest = anonymousDots > 0 ? Math.ceil(anonymousDots / Math.max(1, dotsPerParticipant)) : 0;
  return { participants: fewest, voters: fewest };
}
