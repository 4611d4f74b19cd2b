// The bar's own row of kinds and glyphs. The console and the projector read shared/reaction/glyphs.ts; the phone
// keeps this copy so its chunk shares no module with theirs (a shared module becomes a chunk of its own, one more
// file the phone's first load must name). test/shared/reactions.test.ts checks the two agree.
import type { ReactionKind } from '../../../shared/reaction/kinds';

export const phoneRow: readonly (readonly [ReactionKind, string])[] = [
  ['clap', '👏'],
  ['heart', '❤️'],
  ['idea', '💡'],
  ['laugh', '😂'],
  ['think', '🤔'],
];
