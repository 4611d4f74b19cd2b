// What a participant's id may be. The phone chooses its own id; the places that hold a participant's id in events
// and states (shared/eventKinds/people.ts) hold only participant ids and the names below, so reserving these
// names is what keeps every such place unambiguous.
import { OTHERS } from '../board/dots';
import { fail } from '../errors';

/** Who writes to the log besides participants (SequencedEvent.actor, AgendaChange.actor). */
export const roleActors = ['facilitator', 'moderator', 'projector', 'system', 'organiser'] as const;
export type RoleActor = (typeof roleActors)[number];

const ROLES = new Set<string>(roleActors);

export const isRoleActor = (actor: string): actor is RoleActor => ROLES.has(actor);

/**
 * Ids no participant may have: the role names (in any case, so no screen shows a participant as "Facilitator"),
 * OTHERS (the forgotten and the unnamed) and '' (any participant, see shared/projection/view.ts).
 */
export function isReservedParticipantId(id: string): boolean {
  return id === OTHERS || id === '' || ROLES.has(id.toLowerCase());
}

/** Refuses a join under a reserved id with its own code, so the phone can make itself a new identity. */
export function requireOwnableParticipantId(id: string): void {
  if (isReservedParticipantId(id)) fail('reserved_id', 'This participant id names a role; choose another');
}
