// One registry of event kinds: for every kind of domain event, how each screen sees it, whom it concerns, whether a
// catch-up may still show it, and where it holds a person. The type makes a new kind without its entry a compile error.
import type { DomainEvent } from '../events';
import { boardKinds } from './board';
import { pollKinds, questionKinds } from './engagement';
import type { EventKind, KindMap } from './kind';
import { agendaKinds, projectorKinds, undoKinds } from './programme';
import { reactionKinds } from './reactions';
import { sessionKinds } from './session';
import { tableKinds } from './tables';
import { similarKinds } from './similar';

export const eventKinds: KindMap<DomainEvent> = {
  ...sessionKinds,
  ...agendaKinds,
  ...boardKinds,
  ...tableKinds,
  ...projectorKinds,
  ...questionKinds,
  ...pollKinds,
  ...reactionKinds,
  ...undoKinds,
  ...similarKinds,
};

/** The entry of this event's kind. The map's type pairs each kind with its entry; an index cannot show that. */
export const kindOf = <E extends DomainEvent>(event: E): EventKind<E> => eventKinds[event.type] as unknown as EventKind<E>;
