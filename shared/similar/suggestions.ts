// The suggestions the console shows and the hint a phone shows: alike ideas within a sector, alike questions to
// one programme item, and the visible ideas alike to one being typed.
import type { Sector } from '../board/framework';
import { voteTotal } from '../board/ideas';
import type { BoardState, Idea } from '../board/types';
import { similarLimits } from '../limits';
import type { Question, QuestionsState } from '../question/types';
import { featuresOf, type TextFeatures } from './features';
import { type Comparable, similarGroups, SIMILAR_THRESHOLD, weightsOf } from './group';
import { likeness } from './score';
import { oneTypoApart } from './typo';
import { noDismissals, type SimilarState } from './types';

/** What an idea is compared by: the partner it names and what it proposes. */
export const ideaText = (idea: Pick<Idea, 'partner' | 'text'>): string => `${idea.partner} ${idea.text}`;

/**
 * Features remembered per idea or question object: the state never changes one in place, so a screen grouping
 * again after each event makes features only for what changed.
 */
export function featureCache(): (item: Comparable & { source: object }) => TextFeatures {
  const made = new WeakMap<object, TextFeatures>();
  return ({ source, text }) => {
    let features = made.get(source);
    if (!features) made.set(source, (features = featuresOf(text)));
    return features;
  };
}

type Cache = ReturnType<typeof featureCache>;

/** A suggested group in the order to merge it: the idea (question) with the most votes first, then the oldest. */
function inMergeOrder<T extends { id: string; createdAt: number }>(ids: string[], byId: Map<string, T>, votes: (item: T) => number): T[] {
  const items = ids.map((id) => byId.get(id)!);
  return items.sort((a, b) => votes(b) - votes(a) || a.createdAt - b.createdAt);
}

/** Groups of alike ideas the facilitator may merge: shown, approved ideas of one sector, dismissed groups apart. */
export function similarIdeas(board: BoardState, similar: SimilarState | undefined, cache?: Cache): Idea[][] {
  const ideas = board.ideas.filter((idea) => !idea.hidden && !idea.pending);
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  const items = ideas.map((idea) => ({ id: idea.id, text: ideaText(idea), bucket: idea.sector, source: idea }));
  const groups = similarGroups(items, { dismissed: (similar ?? noDismissals()).ideas, ...(cache ? { features: cache } : {}) });
  return groups.map((ids) => inMergeOrder(ids, byId, voteTotal));
}

/** Groups of alike questions to one programme item, open or waiting; dismissed groups apart. */
export function similarQuestions(questions: QuestionsState, itemId: string, similar: SimilarState | undefined): Question[][] {
  const asked = questions.questions.filter((q) => q.itemId === itemId && !q.hidden && !q.answered);
  const byId = new Map(asked.map((q) => [q.id, q]));
  const groups = similarGroups(
    asked.map((q) => ({ id: q.id, text: q.text, bucket: q.itemId })),
    { dismissed: (similar ?? noDismissals()).questions },
  );
  return groups.map((ids) => inMergeOrder(ids, byId, (q) => q.votes));
}

/**
 * The ideas of `sector` alike to a text being typed, most alike first, at most `similarLimits.phoneHints`. A phone
 * passes only the ideas it holds, which are the ideas it may see.
 */
export function alikeTo(text: string, sector: Sector, ideas: readonly Idea[], cache: Cache): Idea[] {
  const draft = featuresOf(text);
  if (draft.keys.length === 0) return [];
  const ofSector = ideas.filter((idea) => idea.sector === sector && !idea.hidden);
  const features = ofSector.map((idea) => cache({ id: idea.id, text: ideaText(idea), bucket: sector, source: idea }));
  const weight = weightsOf([...features, draft]);
  // Only ideas sharing a word (or a word one typo apart) with the draft are weighed, as in grouping (shared/similar/group.ts).
  const words = [...draft.keys, ...draft.joined.keys()];
  const shares = (f: TextFeatures) =>
    words.some((key) => f.index.has(key) || f.joined.has(key)) || draft.typed.some((word) => f.typed.some((other) => oneTypoApart(word, other)));
  return ofSector
    .map((idea, i) => ({ idea, features: features[i]! }))
    .filter(({ features: f }) => shares(f))
    .map(({ idea, features: f }) => ({ idea, score: likeness(draft, f, weight) }))
    .filter(({ score }) => score >= SIMILAR_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, similarLimits.phoneHints)
    .map(({ idea }) => idea);
}
