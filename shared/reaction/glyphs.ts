import type { ReactionKind } from './kinds';

/** What each kind looks like on every screen. */
export const reactionGlyphs: Readonly<Record<ReactionKind, string>> = {
  clap: '👏',
  heart: '❤️',
  idea: '💡',
  laugh: '😂',
  think: '🤔',
};
