// The two walks over the places that hold a person: forgetting one participant, and listing whom something names.
import { OTHERS, withCount } from '../board/dots';
import { ownValue, withoutEntry } from '../records';
import { isRoleActor } from '../session/participantIds';
import type { PersonPlaces } from './people';

/**
 * "Glem mig" for `participantId`: their id becomes OTHERS, their dots join OTHERS' (the totals stay), their
 * answers stay in the tallies only, their entry and name go. Every other value is returned as it is, whatever it
 * looks like.
 */
export function forgetting(participantId: string): PersonPlaces {
  // OTHERS is nobody: a log already scrubbed replays `participant:forgotten` of OTHERS, which changes nothing.
  const isThem = (id: string) => id === participantId && id !== OTHERS;
  return {
    id: (id) => (isThem(id) ? OTHERS : id),
    // A role is never a participant, also in a log written before role names were refused as participant ids.
    actor: (actor) => (isThem(actor) && !isRoleActor(actor) ? OTHERS : actor),
    dots: (votes) => {
      const theirs = isThem(participantId) ? ownValue(votes, participantId) : undefined;
      if (theirs === undefined) return votes;
      return withCount(withoutEntry(votes, participantId), OTHERS, (ownValue(votes, OTHERS) ?? 0) + theirs);
    },
    dotTotals: (dots) => (isThem(participantId) && Object.hasOwn(dots, participantId) ? withoutEntry(dots, participantId) : dots),
    // Their answers stay in the tally only: an entry under OTHERS could hold one answer of several people.
    answers: (answers) => (isThem(participantId) && Object.hasOwn(answers, participantId) ? withoutEntry(answers, participantId) : answers),
    answerer: (id) => (isThem(id) ? undefined : id),
    participants: (participants) =>
      // Also OTHERS' entry: an erased log joins and forgets everyone it erased under OTHERS.
      Object.hasOwn(participants, participantId) ? withoutEntry(participants, participantId) : participants,
    name: (owner, name) => (isThem(owner) ? '' : name),
  };
}

/** A walk that changes nothing and notes every participant id it passes (OTHERS and roles are nobody). */
export function naming(found: Set<string>): PersonPlaces {
  const note = (id: string) => {
    if (id !== OTHERS && id !== '') found.add(id);
    return id;
  };
  const keys = <T>(record: Record<string, T>) => {
    for (const id of Object.keys(record)) note(id);
    return record;
  };
  return {
    id: note,
    actor: (actor) => (isRoleActor(actor) ? actor : note(actor)),
    dots: keys,
    dotTotals: keys,
    answers: keys,
    answerer: note,
    participants: keys,
    name: (_owner, name) => name,
  };
}
