// What each role may do beyond the per-command table (shared/commandRoles.ts, checked before a payload is read):
// moderation and what only the facilitator manages. Used by the deciders and by the client to show controls.
import { maySend } from '../commandRoles';
import type { CommandName } from '../contract';
import type { Actor } from '../state';

export type Role = Actor['role'];
/** The roles whose access is a key the console can replace. */
export type KeyRole = 'facilitator' | 'moderator';

/** Whether a screen of this role may send the command at all (the table is maySend in shared/commandRoles.ts). */
export function mayRun(role: Role, command: CommandName): boolean {
  return maySend[command](role === 'participant' ? { role, participantId: '' } : { role });
}

/** Sees and changes what waits for approval or is hidden: the facilitator and the moderator. */
export function canModerate(actor: Actor | null | undefined): boolean {
  return actor?.role === 'facilitator' || actor?.role === 'moderator';
}

/** Rejecting ideas that wait for approval deletes them: the facilitator's alone; the moderator approves or hides. */
export function canReviewIdeas(actor: Actor | null | undefined, decision: 'approve' | 'reject'): boolean {
  return decision === 'approve' ? canModerate(actor) : actor?.role === 'facilitator';
}

/** Exports, keys and links, the programme and deletion: the facilitator's alone. */
export const canManageSession = (actor: Actor | null | undefined): boolean => actor?.role === 'facilitator';
