// The real-time contract: every command name, its validator, and the Socket.IO event maps derived from it.
import type { z } from 'zod';
import { agendaCommands } from './agenda/commands';
import { boardCommands } from './board/commands';
import type { Ack } from './errors';
import type { EventBatch } from './projection/batch';
import { pollCommands } from './poll/commands';
import { wordRuleCommands } from './poll/wordRules';
import { questionCommands } from './question/commands';
import { reactionCommands } from './reaction/commands';
import type { ReactionSend } from './reaction/schemas';
import { projectorCommands } from './projector/commands';
import { sessionCommands } from './session/commands';
import { tableCommands } from './tables/commands';
import { similarCommands } from './similar/commands';
import type { Tallies } from './projection/tallies';
import { undoCommands } from './undo/commands';
import type { JoinPayload, JoinResult, Presence } from './session/join';
import type { FindSimilar, SimilarGroupsResult, SimilarHint, SimilarHintResult } from './similar/queries';

export const commands = {
  ...sessionCommands,
  ...agendaCommands,
  ...boardCommands,
  ...tableCommands,
  ...projectorCommands,
  ...questionCommands,
  ...pollCommands,
  ...reactionCommands,
  ...wordRuleCommands,
  ...undoCommands,
  ...similarCommands,
};
export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandPayload<K extends CommandName> = z.input<Commands[K]['schema']>;
export type CommandResult = { seq: number };

type Acked<P, R> = (payload: P, ack: (result: Ack<R>) => void) => void;

export type ClientToServerEvents = { [K in CommandName]: Acked<CommandPayload<K>, CommandResult> } & {
  'session:join': Acked<JoinPayload, JoinResult>;
  /** One tap of a reaction: counted with the others and stored within a fraction of a second (shared/reaction). */
  'reaction:send': Acked<ReactionSend, CommandResult>;
  'clock:ping': Acked<Record<string, never>, { serverTime: number }>;
  'similar:find': Acked<FindSimilar, SimilarGroupsResult>;
  'similar:hint': Acked<SimilarHint, SimilarHintResult>;
};

export interface ServerToClientEvents {
  events: (batch: EventBatch) => void;
  presence: (presence: Presence) => void;
  /** A large room's poll results and question upvotes as they stand now (shared/projection/tallies.ts). */
  tallies: (tallies: Tallies) => void;
  /** The workshop was deleted by the organiser: nothing more will come; the screen says so and offers the home page. */
  ended: (info: { reason: 'deleted' }) => void;
}

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
