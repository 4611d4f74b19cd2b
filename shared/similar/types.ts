/** What the facilitator decided about suggested groups of alike ideas and questions. */
export const similarScopes = ['ideas', 'questions'] as const;
export type SimilarScope = (typeof similarScopes)[number];

/** Groups dismissed per scope (ids of ideas or of questions): those are not suggested together again. */
export type SimilarState = Record<SimilarScope, string[][]>;

export const noDismissals = (): SimilarState => ({ ideas: [], questions: [] });
