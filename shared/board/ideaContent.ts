// An idea's content (what its author writes), made and copied in one place for the board's commands, the client's
// forms and the export.
import type { IdeaContent } from './events';

/** An idea's content with nothing filled in. */
export const emptyContent = (): IdeaContent => ({
  text: '',
  partner: '',
  libraryBrings: '',
  partnerBrings: '',
  gains: [],
  reasons: [],
  kind: {},
});

/** A copy of an idea's content: its lists and kinds copied too, so changing the copy leaves the idea alone. */
export const contentOf = (idea: IdeaContent): IdeaContent => ({
  text: idea.text,
  partner: idea.partner,
  libraryBrings: idea.libraryBrings,
  partnerBrings: idea.partnerBrings,
  gains: [...idea.gains],
  reasons: [...idea.reasons],
  kind: { ...idea.kind },
});
