import { withDotCount } from '../board/dots';
import { logged } from '../agenda/evolve';
import { currentBoard, emptyBoard } from '../board/initial';
import type { EvolverMap } from '../evolve';
import { emptyPolls } from '../poll/initial';
import { emptyQuestions } from '../question/initial';
import { initialProjector } from '../projector/types';
import { ownValue, withEntry } from '../records';
import { statePlaces } from '../eventKinds/people';
import { forgetting } from '../eventKinds/visitors';
import type { SessionState } from '../state';
import type { SessionEvent } from './events';
import { withForgotten } from './headcount';

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
    status: 'active',
    undo: [],
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
    board: withDotCount(currentBoard(e.board)),
    participants: e.participants ?? state.participants,
    polls: e.polls ? { ...state.polls, polls: e.polls } : state.polls,
    questions: e.questions ? { ...state.questions, questions: e.questions } : state.questions,
    ...(e.unnamed ? { unnamed: e.unnamed } : {}),
  }),
  'participant:joined': (state, e, meta) => ({
    ...state,
    participants: withEntry(state.participants, e.participantId, { id: e.participantId, name: e.name, joinedAt: meta.at }),
  }),
  'session:statusChanged': (state, e) => ({ ...state, status: e.status }),
  'session:renamed': (state, e) => ({ ...state, title: e.title }),
  'session:rescheduled': (state, e, meta) => {
    const from = state.agenda.items[0]?.start;
    const to = e.items[0]?.start;
    const moved = from !== undefined && to !== undefined ? { moved: { from, to } } : {};
    return { ...state, date: e.date, agenda: { ...state.agenda, items: e.items, log: logged(state.agenda, meta, { change: 'move', title: '', ...moved }) } };
  },
  'participant:renamed': (state, e) => {
    const participant = ownValue(state.participants, e.participantId);
    if (!participant) return state;
    return { ...state, participants: withEntry(state.participants, e.participantId, { ...participant, name: e.name }) };
  },
  // "Glem mig": every place of the state that holds them (shared/eventKinds/people.ts). Their ideas stay with the author
  // OTHERS and their dots and answers as counts under OTHERS: the board's totals stay, the person does not. The
  // erased log (shared/eventKinds/erasure.ts) replays them as OTHERS, which this leaves as it is.
  'participant:forgotten': (state, e) => ({ ...statePlaces(forgetting(e.participantId), state), unnamed: withForgotten(state.unnamed, e.voted === true) }),
  'view:reset': (_state, e) => e.state,
};
