// Every command of the contract goes through the same steps: limit, authorise, parse, decide, store, ack.
import { maySend } from '../../shared/commandRoles';
import { commands, type CommandName, type CommandResult, isCommandName } from '../../shared/contract';
import { fail } from '../../shared/errors';
import { actorRef } from '../../shared/state';
import { commandArgs, runAcked } from './acked';
import { runAfterCommit } from './effects';
import { reported } from './outcome';
import { retryOnConflict } from './retry';
import { admitTableMove } from './tableMoves';
import { isSimilarQuery } from './similarQueries';
import { admit } from './throttle';
import { spendOrRefuse } from '../guards/budget';
import type { AppSocket, SocketDeps } from './types';

export function registerCommands(socket: AppSocket, deps: SocketDeps): void {
  for (const name of Object.keys(commands) as CommandName[]) {
    socket.on(name, (...args: unknown[]) => {
      const { payload, ack } = commandArgs(args);
      return reported(deps.telemetry, socket, name, () => runAcked(ack, () => runCommand(socket, deps, name, payload)));
    });
  }
  socket.on('clock:ping', (...args: unknown[]) => runAcked(commandArgs(args).ack, () => ({ serverTime: deps.now() })));
  // An unknown event that asks for an answer gets a typed one; Socket.IO ignores the rest.
  socket.onAny((event: string, ...args: unknown[]) => {
    if (isCommandName(event) || event === 'session:join' || event === 'clock:ping' || event === 'reaction:send' || isSimilarQuery(event)) return;
    const ack = args.at(-1);
    if (typeof ack === 'function') void reported(deps.telemetry, socket, 'unknown', () => runAcked(ack, () => fail('invalid_payload', 'Unknown command')));
  });
}

async function runCommand(socket: AppSocket, deps: SocketDeps, name: CommandName, payload: unknown): Promise<CommandResult> {
  admit(socket);
  const { sessionId, actor } = socket.data;
  if (!sessionId || !actor) fail('not_joined', 'Join a session first');
  // Before the payload is read: a screen that may not send this learns nothing about its shape.
  if (!maySend[name](actor)) fail('forbidden', 'This screen cannot do this');
  await spendOrRefuse(deps.commandsOverNodes, `${sessionId}:${actorRef(actor)}`, 'Too many requests; slow down');
  const parsed = commands[name].schema.parse(payload);
  if (name === 'table:choose' && actor.role === 'participant') admitTableMove(deps.hub, sessionId, actor.participantId);
  return retryOnConflict(deps.hub, () => decideAndStore(socket, deps, name, parsed));
}

async function decideAndStore(socket: AppSocket, deps: SocketDeps, name: CommandName, parsed: unknown): Promise<CommandResult> {
  const { sessionId, actor } = socket.data;
  if (!sessionId || !actor) fail('not_joined', 'Join a session first');
  const spec = commands[name];
  // No await between reading the state and appending: a command decides on what the commands before it made.
  if (!deps.hub.state(sessionId)) await deps.hub.requireState(sessionId);
  const state = deps.hub.current(sessionId);
  // A participant who chose "Glem mig" is no longer in the session, whatever their socket still thinks.
  if (actor.role === 'participant' && !Object.hasOwn(state.participants, actor.participantId)) fail('not_joined', 'Join the session again');
  if (state.status === 'archived') fail('archived', 'The workshop is archived: it can be viewed, not changed');
  const now = deps.now();
  // The union of specs cannot be called with its own payload without a cast; parse() made them agree.
  const decide = spec.decide as (ctx: Parameters<typeof spec.decide>[0], p: unknown) => ReturnType<typeof spec.decide>;
  const events = decide({ state, actor, now, newId: deps.newId, limits: deps.ideaLimits }, parsed);
  const stored = await deps.hub.append(sessionId, actorRef(actor), events, now);
  await runAfterCommit(socket, deps, sessionId, spec, stored);
  return { seq: stored.at(-1)?.seq ?? state.seq };
}
