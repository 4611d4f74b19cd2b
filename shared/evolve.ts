// The one reducer: server and clients fold the same events into the same SessionState.
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
import { recordUndo } from './undo/record';
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

export function evolve(state: SessionState, sequenced: SequencedEvent): SessionState {
  const { event, ...meta } = sequenced;
  const apply = evolvers[event.type] as Evolver<DomainEvent>;
  return { ...recordUndo(state, apply(state, event, meta), event, sequenced.seq), seq: sequenced.seq };
}

export function evolveAll(state: SessionState, events: readonly SequencedEvent[]): SessionState {
  return events.reduce(evolve, state);
}
