// Who may send which command: one table, read by the server before it parses a payload (a role that may not send a
// command learns only `forbidden`) and by the client to show or hide controls. Each command's own decision still
// checks the finer rules (the author of an idea, the board's phase).
import type { CommandName } from '../contract';
import type { Actor } from '../state';

export type Role = Actor['role'];
/** The roles whose access is a key the console can replace. */
export type KeyRole = 'facilitator' | 'moderator';

const facilitator = ['facilitator'] as const satisfies readonly Role[];
/** Moderation: approve, hide, merge, highlight. A co-host's moderator link may do this and nothing else. */
const moderation = ['facilitator', 'moderator'] as const satisfies readonly Role[];
const participant = ['participant'] as const satisfies readonly Role[];
/** Ideas and questions come from phones and from the console (the facilitator writing for the room). */
const contributors = ['facilitator', 'participant'] as const satisfies readonly Role[];

/** Every command of the contract, with the roles that may send it: a new command does not compile without a row. */
export const commandRoles: { readonly [K in CommandName]: readonly Role[] } = {
  'participant:rename': participant,
  'participant:forget': participant,
  'session:rename': facilitator,
  'session:reschedule': facilitator,
  'agenda:add': facilitator,
  'agenda:edit': facilitator,
  'agenda:remove': facilitator,
  'agenda:reorder': facilitator,
  'agenda:extend': facilitator,
  'agenda:shift': facilitator,
  'agenda:start': facilitator,
  'agenda:goto': facilitator,
  'agenda:next': facilitator,
  'agenda:previous': facilitator,
  'agenda:mode': facilitator,
  'idea:add': contributors,
  'idea:edit': contributors,
  'idea:delete': contributors,
  'idea:hide': moderation,
  'idea:move': facilitator,
  'idea:merge': moderation,
  'idea:group': facilitator,
  'idea:review': moderation,
  'group:create': facilitator,
  'group:rename': facilitator,
  'group:delete': facilitator,
  'board:phase': facilitator,
  'board:settings': facilitator,
  'vote:cast': participant,
  'vote:retract': participant,
  'projector:qr': facilitator,
  'question:ask': contributors,
  'question:upvote': participant,
  'question:unvote': participant,
  'question:moderate': moderation,
  'question:enable': facilitator,
  'question:settings': facilitator,
  'poll:create': facilitator,
  'poll:open': facilitator,
  'poll:close': facilitator,
  'poll:delete': facilitator,
  'poll:present': facilitator,
  'poll:answer': participant,
  'history:undo': facilitator,
};

export function mayRun(role: Role, command: CommandName): boolean {
  return commandRoles[command].includes(role);
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
