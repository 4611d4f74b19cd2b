import type { undoDa } from './strings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const undoEn: Record<keyof typeof undoDa, string> = {
  'undo.button': 'Undo',
  'undo.merge': 'The ideas were merged.',
  'undo.groupDelete': 'The group was deleted; its ideas have no group.',
  'undo.mode': 'How the programme is driven was switched.',
};
