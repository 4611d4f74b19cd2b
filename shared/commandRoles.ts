// Who may send each command: one predicate per command, checked before the payload is read, so a screen that may
// not send a command learns only `forbidden`, never what its payload should have looked like. The deciders check
// the same again, with what the state adds (whose idea it is, which phase the board is in).
import type { CommandName } from './contract';
import type { Actor } from './state';

export type MaySend = (actor: Actor) => boolean;

const facilitator: MaySend = (actor) => actor.role === 'facilitator';
const participant: MaySend = (actor) => actor.role === 'participant';
/** Writing on the board and asking: the facilitator types in for the room too. The projector only watches. */
/** Moderation (approve, hide, merge, highlight): also a co-host's moderator link (shared/access/permissions.ts). */
const moderation: MaySend = (actor) => actor.role === 'facilitator' || actor.role === 'moderator';
const facilitatorOrParticipant: MaySend = (actor) => actor.role === 'facilitator' || actor.role === 'participant';

export const maySend: { readonly [K in CommandName]: MaySend } = {
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

  'idea:add': facilitatorOrParticipant,
  'idea:edit': facilitatorOrParticipant,
  'idea:delete': facilitatorOrParticipant,
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
  'board:tables': facilitator,
  'board:round': facilitator,
  'idea:table': facilitator,
  'table:choose': participant,

  'projector:qr': facilitator,
  'projector:show': facilitator,
  'projector:table': facilitator,

  'question:ask': facilitatorOrParticipant,
  'question:upvote': participant,
  'question:unvote': participant,
  'question:moderate': moderation,
  'question:merge': moderation,
  'question:enable': facilitator,
  'question:settings': facilitator,

  'poll:create': facilitator,
  'poll:open': facilitator,
  'poll:close': facilitator,
  'poll:delete': facilitator,
  'poll:present': facilitator,
  'poll:answer': participant,
  'poll:ruleWord': facilitator,

  'reaction:switch': facilitator,

  'history:undo': facilitator,
  'similar:dismiss': moderation,
};
