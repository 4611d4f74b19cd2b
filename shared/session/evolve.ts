import { countDots, OTHERS, withCount, withDotCount } from '../board/dots';
import { logged } from '../agenda/evolve';
import { emptyBoard } from '../board/initial';
import type { BoardState } from '../board/types';
import type { EvolverMap } from '../evolve';
import { forgetInPolls } from '../poll/forget';
import { emptyPolls } from '../poll/initial';
import { forgetInQuestions } from '../question/forget';
import { emptyQuestions } from '../question/initial';
import { initialProjector } from '../projector/types';
import { ownValue, withEntry, withoutEntry } from '../records';
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
    board: withDotCount(e.board),
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
  'participant:forgotten': (state, e) => ({
    ...state,
    unnamed: withForgotten(state.unnamed, e.voted === true),
    participants: withoutEntry(state.participants, e.participantId),
    board: forgetOnBoard(state.board, e.participantId),
    questions: forgetInQuestions(state.questions, e.participantId),
    polls: forgetInPolls(state.polls, e.participantId),
  }),
  'view:reset': (_state, e) => e.state,
};

/** Their ideas lose the author, their dots move to OTHERS: the board's totals stay, the person does not. */
function forgetOnBoard(board: BoardState, participantId: string): BoardState {
  // The erased log (server/erasure.ts) replays a forgotten participant as OTHERS, whose dots are counts already.
  if (participantId === OTHERS) return board;
  const ideas = board.ideas.map((idea) => {
    const dots = ownValue(idea.votes, participantId);
    if (idea.authorId !== participantId && dots === undefined) return idea;
    const votes = dots === undefined ? idea.votes : withCount(withoutEntry(idea.votes, participantId), OTHERS, (ownValue(idea.votes, OTHERS) ?? 0) + dots);
    return { ...idea, authorId: idea.authorId === participantId ? OTHERS : idea.authorId, votes };
  });
  return { ...board, ideas, dots: withoutEntry(board.dots ?? countDots(board.ideas), participantId) };
}
