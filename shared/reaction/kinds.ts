// The reactions a phone can send during a programme item: a fixed set, so counting them needs no text and no
// moderation. What screens draw for each is in glyphs.ts, apart, since every phone's reducer loads this module.

export const reactionKinds = ['clap', 'heart', 'idea', 'laugh', 'think'] as const;
export type ReactionKind = (typeof reactionKinds)[number];

/** Taps per kind; a kind nobody tapped may be left out. */
export type ReactionCounts = Partial<Record<ReactionKind, number>>;
