// Taking back a question merge, with the events questions already have: the source asked again as it was, and the
// target's upvotes that came with the merge taken back one by one. Upvotes given to the merged question since stay on
// the target; one taken back since is taken from both, as the person took back their upvote of what both asked.
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

export function questionUnmerged(state: SessionState, entry: QuestionMergeEntry): DomainEvent[] {
  const target = findQuestion(state.questions, entry.targetId);
  // Merged again since into or out of another question, or an id asked again: the upvotes no longer add up.
  const mergedSince = (state.undo ?? []).some(
    (e) => e.kind === 'questionMerge' && !e.undone && e.seq > entry.seq && (e.targetId === entry.targetId || e.source.id === entry.targetId),
  );
  if (!target || mergedSince || findQuestion(state.questions, entry.source.id)) fail('changed_since', 'It has changed since, so it cannot be undone');
  const takenBack = without(entry.mergedVoters, target.voters);
  // What the target keeps: its own upvotes from before, less those taken back, plus those given since.
  const keeps = [...without(entry.targetVoters, takenBack), ...without(target.voters, entry.mergedVoters)];
  const voters = without(entry.source.voters, takenBack);
  const source = { ...entry.source, voters, votes: Math.max(0, entry.source.votes - (entry.source.voters.length - voters.length)) };
  const unvoted = without(target.voters, keeps).map((participantId): DomainEvent => ({ type: 'question:unvoted', questionId: target.id, participantId }));
  return [{ type: 'question:asked', question: source }, ...unvoted];
}
