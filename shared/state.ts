import type { AgendaState } from './agenda/types';
import type { BoardState } from './board/types';
import type { PollsState } from './poll/types';
import type { QuestionsState } from './question/types';
import type { ProjectorState } from './projector/types';
import type { ReactionsState } from './reaction/types';
import type { UndoEntry } from './undo/types';
import type { SimilarState } from './similar/types';

export interface Participant {
  id: string;
  name: string;
  joinedAt: number;
  /** Their table (shared/tables). Absent: none. Sent to the facilitator and to their own phone only. */
  tableId?: string;
}

/**
 * People who took part but are not named in the state: those who chose "Glem mig" and everyone of a workshop
 * imported without names. Their ideas and dots stay on the board, so they stay in the counts too, anonymously.
 */
export interface Unnamed {
  participants: number;
  /** Of them, those who had placed a dot. */
  voters: number;
}

/** The authoritative state of one workshop session: the server's copy and every client's mirror. */
export interface SessionState {
  id: string;
  title: string;
  joinCode: string;
  /** The day of the workshop, YYYY-MM-DD in Europe/Copenhagen. */
  date: string;
  createdAt: number;
  /** Sequence number of the last event applied. */
  seq: number;
  participants: Record<string, Participant>;
  agenda: AgendaState;
  board: BoardState;
  questions: QuestionsState;
  polls: PollsState;
  projector: ProjectorState;
  /** An archived workshop is read-only: its results can be viewed, nothing can be added or changed. */
  status: SessionStatus;
  /** People counted without a name (shared/session/headcount.ts). Absent: none. */
  unnamed?: Unnamed;
  /** Reactions during the programme (shared/reaction). Absent: none counted and none switched off yet. */
  reactions?: ReactionsState;
  /** Steps the facilitator can take back (see shared/undo). Absent in states made before undo existed. */
  undo?: UndoEntry[];
  /** Suggested groups of alike ideas and questions set aside (shared/similar): the facilitator's. Absent: none. */
  similar?: SimilarState;
}

/** Open for work, or archived: read-only, kept for its results. */
export const sessionStatuses = ['active', 'archived'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

/** Who sends a command. Projectors only watch; a moderator (a co-host's revocable link) moderates ideas and questions. */
export type Actor =
  | { role: 'facilitator' }
  | { role: 'moderator' }
  | { role: 'participant'; participantId: string }
  | { role: 'projector' };

/** How an actor is written into the event log. */
export function actorRef(actor: Actor): string {
  return actor.role === 'participant' ? actor.participantId : actor.role;
}
