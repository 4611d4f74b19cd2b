import type { z } from 'zod';
import { canModerate } from './access/permissions';
import { fail } from './errors';
import type { DomainEvent } from './events';
import type { IdeaLimits } from './limits';
import type { Actor, SessionState } from './state';

export interface CommandContext {
  state: SessionState;
  actor: Actor;
  now: number;
  /** Ids for things the server names (groups, agenda items); ideas bring their own. */
  newId: () => string;
  /** The server's limits on ideas; boardLimits when not given. */
  limits?: IdeaLimits;
}

/** What the server does once a command's events are stored, besides broadcasting them (server/socket/effects.ts). */
export type CommitEffect = { kind: 'eraseParticipant'; participantId: string };

/** A command: its validator, the pure decision that turns it into events (or throws a DomainError), and its effects. */
export interface CommandSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  decide: (ctx: CommandContext, payload: z.output<S>) => DomainEvent[];
  /** The effects of the events it stored, run after they are durable and before the command is acknowledged. */
  afterCommit?: (stored: readonly DomainEvent[]) => CommitEffect[];
}

export function defineCommand<S extends z.ZodType>(
  schema: S,
  decide: (ctx: CommandContext, payload: z.output<S>) => DomainEvent[],
  afterCommit?: CommandSpec<S>['afterCommit'],
): CommandSpec<S> {
  return afterCommit ? { schema, decide, afterCommit } : { schema, decide };
}

export function requireFacilitator(actor: Actor): void {
  if (actor.role !== 'facilitator') fail('forbidden', 'Only the facilitator can do this');
}

/** The facilitator, or a moderator: for the moderation commands only (shared/access/permissions.ts). */
export function requireModerator(actor: Actor): void {
  if (!canModerate(actor)) fail('forbidden', 'Only the facilitator or a moderator can do this');
}

export function requireParticipant(actor: Actor): string {
  if (actor.role !== 'participant') fail('forbidden', 'Only a participant can do this');
  return actor.participantId;
}
