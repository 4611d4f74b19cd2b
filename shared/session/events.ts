import type { AgendaItem } from '../agenda/types';
import type { BoardState } from '../board/types';

export type SessionEvent =
  | {
      type: 'session:created';
      sessionId: string;
      title: string;
      joinCode: string;
      date: string;
      agenda: AgendaItem[];
      board: BoardState;
    }
  | { type: 'participant:joined'; participantId: string; name: string }
  | { type: 'participant:renamed'; participantId: string; name: string };
