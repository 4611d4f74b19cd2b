// The places where events and states hold a person: a participant's id or a name they gave. Every event kind
// declares its places through these (shared/eventKinds/registry.ts); erasure ("Glem mig") and the collection of
// whom an event names walk exactly these places, never every string of the log.
import type { Idea, BoardState } from '../board/types';
import type { Poll } from '../poll/types';
import type { Question } from '../question/types';
import type { Participant, SessionState } from '../state';
import type { AgendaChange } from '../agenda/types';

/** Poll answers keyed by participant id. */
export type AnswersById = Poll['answers'];

/**
 * A visitor of the places that hold a person. Each method gets what is stored in one kind of place and returns
 * what to store there instead (the same value when it has nothing to change).
 */
export interface PersonPlaces {
  /** A field holding one participant's id (an author, a voter, the subject of a join). */
  id(participantId: string): string;
  /** An actor as written in the log: a role name ('facilitator', 'system', …) or a participant's id. */
  actor(actor: string): string;
  /** Dots on one idea keyed by participant id. */
  dots(votes: Record<string, number>): Record<string, number>;
  /** Dots across the board keyed by participant id (a count the reducer keeps, see BoardState.dots). */
  dotTotals(dots: Record<string, number>): Record<string, number>;
  /** Each participant's answer to one poll, keyed by their id. */
  answers(answers: AnswersById): AnswersById;
  /** Who gave one poll answer; undefined leaves the answer in the results without anyone behind it. */
  answerer(participantId: string): string | undefined;
  /** The participants of a session keyed by id, with their names. */
  participants(participants: Record<string, Participant>): Record<string, Participant>;
  /** A name `owner` gave themselves. */
  name(owner: string, name: string): string;
}

const optionalId = (places: PersonPlaces, id: string | null): string | null => (id === null ? null : places.id(id));

export function ideaPlaces(places: PersonPlaces, idea: Idea): Idea {
  const roundOne = idea.roundOne ? { roundOne: places.dots(idea.roundOne) } : {};
  return { ...idea, authorId: optionalId(places, idea.authorId), votes: places.dots(idea.votes), ...roundOne };
}

export function questionPlaces(places: PersonPlaces, question: Question): Question {
  return { ...question, authorId: optionalId(places, question.authorId), voters: question.voters.map((v) => places.id(v)) };
}

export function pollPlaces(places: PersonPlaces, poll: Poll): Poll {
  return { ...poll, answers: places.answers(poll.answers) };
}

export function boardPlaces(places: PersonPlaces, board: BoardState): BoardState {
  const ideas = board.ideas.map((idea) => ideaPlaces(places, idea));
  return { ...board, ideas, ...(board.dots ? { dots: places.dotTotals(board.dots) } : {}) };
}

const changePlaces = (places: PersonPlaces, change: AgendaChange): AgendaChange => ({ ...change, actor: places.actor(change.actor) });

/**
 * Every place of a whole state but the undo list: what `participant:forgotten` changes live, and what a screen's
 * reset carries. The undo list's places are shared/undo/places.ts, kept apart for the phone never holds the list.
 */
export function statePlaces(places: PersonPlaces, state: SessionState): SessionState {
  return {
    ...state,
    participants: places.participants(state.participants),
    agenda: { ...state.agenda, log: state.agenda.log.map((change) => changePlaces(places, change)) },
    board: boardPlaces(places, state.board),
    questions: { ...state.questions, questions: state.questions.questions.map((q) => questionPlaces(places, q)) },
    polls: { ...state.polls, polls: state.polls.polls.map((p) => pollPlaces(places, p)) },
  };
}

/** A list of ids or absent (the places of an optional list). */
export const idsIn = (places: PersonPlaces, ids: readonly string[]): string[] => ids.map((id) => places.id(id));
