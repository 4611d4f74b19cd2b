// Danish, the default: loaded with the entry. The English twin (strings.en.ts) loads only when English is shown.
export const undoDa = {
  'undo.button': 'Fortryd',
  'undo.merge': 'Idéerne er flettet.',
  'undo.groupDelete': 'Gruppen er slettet; dens idéer er uden gruppe.',
  'undo.mode': 'Styringen af programmet er skiftet.',
};
