// The reactions a phone can send during a programme item: a fixed set, so counting them needs no text and no
// moderation. Kept without zod so the phone's bar and the projector can use it.

export const reactionKinds = ['clap', 'heart', 'idea', 'laugh', 'think'] as const;
export type ReactionKind = (typeof reactionKinds)[number];

/** What each kind looks like on every screen. */
export const reactionGlyphs: Readonly<Record<ReactionKind, string>> = {
  clap: '👏',
  heart: '❤️',
  idea: '💡',
  laugh: '😂',
  think: '🤔',
};

/** Taps per kind; a kind nobody tapped may be left out. */
export type ReactionCounts = Partial<Record<ReactionKind, number>>;

export const isReactionKind = (value: unknown): value is ReactionKind => typeof value === 'string' && (reactionKinds as readonly string[]).includes(value);
