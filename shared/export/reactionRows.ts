// Reactions per programme item for the workbook and the report: how the room took each talk. Anonymous by
// construction (only counts are stored). An item nobody reacted to, and one removed from the programme, is left out,
// so a day without reactions exports exactly as before they existed.
import type { Label } from '../board/framework';
import { reactionsOf } from '../reaction/fold';
import { reactionGlyphs } from '../reaction/glyphs';
import { type ReactionKind, reactionKinds } from '../reaction/kinds';
import { countsFor, totalOf } from '../reaction/reactions';
import type { SessionState } from '../state';

const kindWords: Record<ReactionKind, Label> = {
  clap: { da: 'Klapsalve', en: 'Applause' },
  heart: { da: 'Hjerte', en: 'Heart' },
  idea: { da: 'God idé', en: 'Good idea' },
  laugh: { da: 'Sjovt', en: 'Funny' },
  think: { da: 'Til eftertanke', en: 'Food for thought' },
};

const kindLabel = (kind: ReactionKind): Label => ({ da: `${reactionGlyphs[kind]} ${kindWords[kind].da}`, en: `${reactionGlyphs[kind]} ${kindWords[kind].en}` });

export const reactionHeadings = {
  item: { da: 'Programpunkt', en: 'Programme item' },
  ...(Object.fromEntries(reactionKinds.map((kind) => [kind, kindLabel(kind)])) as Record<ReactionKind, Label>),
  total: { da: 'I alt', en: 'Total' },
} satisfies Record<string, Label>;

export const reactionWords = {
  sheet: { da: 'Reaktioner', en: 'Reactions' },
  heading: { da: 'Salens reaktioner', en: "The room's reactions" },
  note: { da: 'Anonyme: kun antallet af tryk er gemt, ikke hvem der trykkede.', en: 'Anonymous: only the number of taps is kept, not who tapped.' },
} as const satisfies Record<string, Label>;

export type ReactionRow = Record<keyof typeof reactionHeadings, string | number>;

export function reactionRows(state: SessionState): ReactionRow[] {
  const reactions = reactionsOf(state);
  return state.agenda.items.flatMap((item) => {
    const counts = countsFor(reactions, item.id);
    const total = totalOf(counts);
    if (total === 0) return [];
    const perKind = Object.fromEntries(reactionKinds.map((kind) => [kind, counts[kind] ?? 0])) as Record<ReactionKind, number>;
    return [{ item: item.title, ...perKind, total }];
  });
}
