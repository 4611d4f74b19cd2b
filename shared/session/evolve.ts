import { emptyBoard } from '../board/initial';
import type { EvolverMap } from '../evolve';
import { emptyPolls } from '../poll/initial';
import { emptyQuestions } from '../question/initial';
import { initialProjector } from '../projector/types';
import { ownValue, withEntry } from '../records';
import type { SessionState } from '../state';
import type { SessionEvent } from './events';

/** What a session is before its first event; `session:created` fills it in. */
export function blankSession(id: string): SessionState {
  return {
    id,
    title: '',
    joinCode: '',
    date: '',
    createdAt: 0,
    seq: 0,
    participants: {},
    agenda: { items: [], mode: 'manual', currentItemId: null, dayStartedAt: null, log: [] },
    board: emptyBoard(),
    questions: emptyQuestions(),
    polls: emptyPolls(),
    projector: initialProjector,
  };
}

export const sessionEvolvers: EvolverMap<SessionEvent> = {
  'session:created': (state, e, meta) => ({
    ...state,
    id: e.sessionId,
    title: e.title,
    joinCode: e.joinCode,
    date: e.date,
    createdAt: meta.at,
    agenda: { ...state.agenda, items: e.agenda },
    board: e.board,
    participants: e.participants ?? state.participants,
    polls: e.polls ? { ...state.polls, polls: e.polls } : state.polls,
    questions: e.questions ? { ...state.questions, questions: e.questions } : state.questions,
  }),
  'participant:joined': (state, e, meta) => ({
    ...state,
    participants: withEntry(state.participants, e.participantId, { id: e.participantId, name: e.name, joinedAt: meta.at }),
  }),
  'participant:renamed': (state, e) => {
    const participant = ownValue(state.participants, e.participantId);
    if (!participant) return state;
    return { ...state, participants: withEntry(state.participants, e.participantId, { ...participant, name: e.name }) };
  },
};
