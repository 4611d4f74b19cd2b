import { defineStrings } from '../../i18n/define';

export const undoStrings = defineStrings({
  da: {
    'undo.button': 'Fortryd',
    'undo.merge': 'Idéerne er flettet.',
    'undo.groupDelete': 'Gruppen er slettet; dens idéer er uden gruppe.',
    'undo.mode': 'Styringen af programmet er skiftet.',
  },
  en: {
    'undo.button': 'Undo',
    'undo.merge': 'The ideas were merged.',
    'undo.groupDelete': 'The group was deleted; its ideas have no group.',
    'undo.mode': 'How the programme is driven was switched.',
  },
});
