// Folding events into a SessionState, as every screen does: the reducers of every part of the session.
import { agendaEvolvers } from './agenda/evolve';
import { boardEvolvers } from './board/evolve';
import type { DomainEvent, EventMeta, SequencedEvent } from './events';
import { pollEvolvers } from './poll/evolve';
import { projectorEvolvers } from './projector/evolve';
import { questionEvolvers } from './question/evolve';
import { reactionEvolvers } from './reaction/evolve';
import { sessionEvolvers } from './session/evolve';
import { tableEvolvers } from './tables/evolve';
import { similarEvolvers } from './similar/evolve';
import { undoEvolvers } from './undo/evolve';
import type { SessionState } from './state';

export type Evolver<E> = (state: SessionState, event: E, meta: EventMeta) => SessionState;
export type EvolverMap<E extends { type: string }> = { [T in E['type']]: Evolver<Extract<E, { type: T }>> };

const evolvers: EvolverMap<DomainEvent> = {
  ...sessionEvolvers,
  ...agendaEvolvers,
  ...boardEvolvers,
  ...tableEvolvers,
  ...projectorEvolvers,
  ...questionEvolvers,
  ...pollEvolvers,
  ...reactionEvolvers,
  ...undoEvolvers,
  ...similarEvolvers,
};

export function applied(state: SessionState, sequenced: SequencedEvent): SessionState {
  const { event, ...meta } = sequenced;
  return (evolvers[event.type] as Evolver<DomainEvent>)(state, event, meta);
}

/** How a screen folds what it is sent: with the undo list (the server, the console) or without it. */
export type Fold = (state: SessionState, events: readonly SequencedEvent[]) => SessionState;

/**
 * The same state but for the undo list, which only the facilitator is sent (shared/projection/state.ts): a phone
 * folds with this, so neither the bookkeeping nor its code (undo/record.ts) is part of the phone's first load.
 */
export const evolveWithoutUndo: Fold = (state, events) => events.reduce((s, e) => ({ ...applied(s, e), seq: e.seq }), state);
