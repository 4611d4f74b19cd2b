// Taking back a question merge: the source comes back with its own upvotes and the target gets back the ones it had.
// Upvotes given to the merged question since stay on the target; one taken back since is taken from both, as the
// person took back their upvote of what both asked.
import { fail } from '../errors';
import type { DomainEvent } from '../events';
import { findQuestion } from '../question/questions';
import type { SessionState } from '../state';
import type { UndoEntry } from './types';

type QuestionMergeEntry = Extract<UndoEntry, { kind: 'questionMerge' }>;

/** `list` less one entry for each entry of `less` (a voter forgotten reads OTHERS, several times maybe). */
function without(list: readonly string[], less: readonly string[]): string[] {
  const left = [...list];
  for (const voter of less) {
    const index = left.indexOf(voter);
    if (index >= 0) left.splice(index, 1);
  }
  return left;
}

export function questionUnmerged(state: SessionState, entry: QuestionMergeEntry): DomainEvent {
  const target = findQuestion(state.questions, entry.targetId);
  // Merged again since into or out of another question, or an id asked again: the upvotes no longer add up.
  const mergedSince = (state.undo ?? []).some(
    (e) => e.kind === 'questionMerge' && !e.undone && e.seq > entry.seq && (e.targetId === entry.targetId || e.source.id === entry.targetId),
  );
  if (!target || mergedSince || findQuestion(state.questions, entry.source.id)) fail('changed_since', 'It has changed since, so it cannot be undone');
  const given = without(target.voters, entry.mergedVoters);
  const takenBack = without(entry.mergedVoters, target.voters);
  const kept = without(entry.targetVoters, takenBack);
  const votes = Math.max(0, entry.targetVotes - (entry.targetVoters.length - kept.length) + given.length);
  const sourceVoters = without(entry.source.voters, takenBack);
  const source = { ...entry.source, voters: sourceVoters, votes: Math.max(0, entry.source.votes - (entry.source.voters.length - sourceVoters.length)) };
  return { type: 'question:unmerged', source, targetId: target.id, votes, voters: [...kept, ...given] };
}
