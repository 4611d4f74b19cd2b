// The console's suggested groups of alike ideas and questions, and a phone's hint while it writes an idea: the
// matcher (and its Danish stemmer) runs here, and a phone learns only ids of ideas it may already see.
import { canSeeIdea } from '../../shared/board/permissions';
import { canModerate } from '../../shared/access/permissions';
import { inTableView } from '../../shared/tables/seats';
import { fail } from '../../shared/errors';
import { findSimilarSchema, similarHintSchema } from '../../shared/similar/queries';
import { alikeTo, featureCache, similarIdeas, similarQuestions } from '../../shared/similar/suggestions';
import { TokenBucket } from '../guards/rateLimit';
import { commandArgs, runAcked } from './acked';
import { reported } from './outcome';
import { admit } from './throttle';
import type { AppSocket, SocketDeps } from './types';

/** Matching costs more than a command: a socket asks 5 times at once, then once a second (a phone asks as it types). */
export const SIMILAR_BURST = 5;
export const SIMILAR_RATE = 1;

const queries = ['similar:find', 'similar:hint'] as const;
export const isSimilarQuery = (event: string): boolean => (queries as readonly string[]).includes(event);

/** Features per idea object, on every session of this node: ideas are replaced, never changed, so none goes stale. */
const features = featureCache();
const budgets = new WeakMap<AppSocket, TokenBucket>();

/** After the payload is read: matching is what costs, so only a question that will be matched takes from the budget. */
function admitMatching(socket: AppSocket): void {
  let budget = budgets.get(socket);
  if (!budget) budgets.set(socket, (budget = new TokenBucket(SIMILAR_BURST, SIMILAR_RATE)));
  if (!budget.take()) fail('rate_limited', 'Asked too often; slow down');
}

async function joined(socket: AppSocket, deps: SocketDeps) {
  const { sessionId, actor } = socket.data;
  if (!sessionId || !actor) fail('not_joined', 'Join a session first');
  if (!deps.hub.state(sessionId)) await deps.hub.requireState(sessionId);
  return { actor, state: deps.hub.current(sessionId) };
}

export function registerSimilarQueries(socket: AppSocket, deps: SocketDeps): void {
  const on = (name: (typeof queries)[number], answer: (payload: unknown) => Promise<unknown>) =>
    socket.on(name, (...args: unknown[]) => {
      const { payload, ack } = commandArgs(args);
      return reported(deps.telemetry, socket, name, () => runAcked(ack, () => answer(payload)));
    });

  on('similar:find', async (payload) => {
    admit(socket);
    const { actor, state } = await joined(socket, deps);
    if (!canModerate(actor)) fail('forbidden', 'This screen cannot do this');
    const query = findSimilarSchema.parse(payload);
    admitMatching(socket);
    const groups = query.scope === 'ideas' ? similarIdeas(state.board, state.similar, features) : similarQuestions(state.questions, query.itemId, state.similar);
    return { groups: groups.map((group) => group.map((item) => item.id)) };
  });

  on('similar:hint', async (payload) => {
    admit(socket);
    const { actor, state } = await joined(socket, deps);
    if (actor.role !== 'participant') fail('forbidden', 'This screen cannot do this');
    const { sector, text } = similarHintSchema.parse(payload);
    admitMatching(socket);
    // What the phone holds: no hidden or waiting idea of others, and in round one no other table's idea.
    const seen = state.board.ideas.filter((idea) => canSeeIdea(actor, idea) && inTableView(state, actor.participantId, idea));
    return { ids: alikeTo(text, sector, seen, features).map((idea) => idea.id) };
  });
}
