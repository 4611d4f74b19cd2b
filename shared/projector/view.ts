// What the room's screen shows at a moment: pure, so the projector, the console's note of it and the tests agree.
import type { AgendaKind } from '../agenda/types';
import type { BoardPhase } from '../board/types';
import type { ProjectorOverride, ProjectorState } from './types';

/**
 * `programme`: Now/Next large. `questions`: the talk's questions under a strip. `board`: the board (or its
 * results) under a strip. `poll`: the presented poll's result under a strip.
 */
export type ProjectorView = 'programme' | 'questions' | 'board' | 'poll';

export interface ProjectorSituation {
  projector: ProjectorState;
  currentItemId: string | null;
  currentKind: AgendaKind | null;
  boardPhase: BoardPhase;
  isPollPresented: boolean;
  /** Questions the room may see for the item on now. */
  hasQuestions: boolean;
}

/** The facilitator's choice if it was made during the item on now; a choice from an earlier item has lapsed. */
export function activeOverride(projector: ProjectorState, currentItemId: string | null): ProjectorOverride | null {
  const override = projector.override ?? null;
  return override && override.itemId === currentItemId ? override : null;
}

/**
 * The screen follows the day: a presented poll shows its result, a talk its questions (an open board does not push
 * them off), anything else the board while it is open, otherwise the programme. The facilitator's choice for the
 * item on now goes over that; a poll put on the screen is itself a choice and goes over everything.
 */
export function projectorView(s: ProjectorSituation): ProjectorView {
  if (s.isPollPresented) return 'poll';
  const isBoardOpen = s.boardPhase !== 'closed';
  const programme: ProjectorView = s.currentKind === 'talk' && s.hasQuestions ? 'questions' : 'programme';
  const override = activeOverride(s.projector, s.currentItemId);
  if (override) return override.show === 'board' && isBoardOpen ? 'board' : programme;
  if (s.currentKind === 'talk') return programme;
  return isBoardOpen ? 'board' : programme;
}
