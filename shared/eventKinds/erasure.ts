// "Glem mig" in the stored log: each event rewritten through the places its kind declares, nothing else.
import type { SequencedEvent } from '../events';
import { kindOf } from './registry';
import { forgetting, naming } from './visitors';

/**
 * The stored event with `participantId` erased from every place that holds a person (their id becomes OTHERS,
 * their dots and answers counts under OTHERS, the names they gave empty). A value that merely equals their id
 * elsewhere (a field name, a phase, a date, an idea's id) is left as it is. Replaying the erased log gives the
 * state that `participant:forgotten` leaves live.
 */
export function erased(sequenced: SequencedEvent, participantId: string): SequencedEvent {
  const places = forgetting(participantId);
  return { ...sequenced, actor: places.actor(sequenced.actor), event: kindOf(sequenced.event).people(sequenced.event, places) };
}

/** Every participant an event names: in its places, and as its actor. */
export function participantsNamedBy(sequenced: Pick<SequencedEvent, 'actor' | 'event'>): Set<string> {
  const found = new Set<string>();
  const places = naming(found);
  places.actor(sequenced.actor);
  kindOf(sequenced.event).people(sequenced.event, places);
  return found;
}
