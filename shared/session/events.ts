import type { AgendaItem } from '../agenda/types';
import type { BoardState } from '../board/types';
import type { Poll } from '../poll/types';
import type { Question } from '../question/types';
import type { Participant, SessionState, SessionStatus, Unnamed } from '../state';

/** The first event of every session: from a template, or from an imported export. */
export type SessionCreated = {
  type: 'session:created';
  sessionId: string;
  title: string;
  joinCode: string;
  date: string;
  agenda: AgendaItem[];
  board: BoardState;
  /** Only a session imported with its ideas starts with participants: the authors and voters of those ideas. */
  participants?: Record<string, Participant>;
  /** Polls prepared by the template or the imported document (absent in sessions made before polls). */
  polls?: Poll[];
  /** Only a session imported in full starts with questions. */
  questions?: Question[];
  /** An imported session: the people its document counts without naming them. */
  unnamed?: Unnamed;
};

export type SessionEvent =
  | SessionCreated
  | { type: 'participant:joined'; participantId: string; name: string }
  | { type: 'participant:renamed'; participantId: string; name: string }
  /** The organiser archived (read-only from then on) or reopened the workshop. */
  | { type: 'session:statusChanged'; status: SessionStatus }
  | { type: 'session:renamed'; title: string }
  /** The workshop moved to another day or start time; the programme moved with it. */
  | { type: 'session:rescheduled'; date: string; items: AgendaItem[] }
  /** "Glem mig": the name and id are gone; the ideas stay without an author, the dots stay as counts. */
  | {
      type: 'participant:forgotten';
      participantId: string;
      /** Whether they had placed a dot: they stay counted as a voter, without a name (absent in older logs). */
      voted?: boolean;
    }
  /**
   * Never stored: the projection sends it when what a screen may see changes wholesale (names switched on or
   * off for the projector). The screen's state becomes `state`.
   */
  | { type: 'view:reset'; state: SessionState };
