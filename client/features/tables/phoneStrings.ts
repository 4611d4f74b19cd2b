// Danish strings of the phone's tables, which load after the phone's first screen and bring these with them. The
// English twin (phoneStrings.en.ts) is in the English chunk (i18n/english.ts).
import { addStrings } from '../../i18n';

export const tablePhoneDa = {
  'table.yours': 'Du sidder ved {name}',
  'table.change': 'Skift bord',
  'table.question': 'Hvilket bord sidder du ved?',
  'table.label': 'Bord',
  'table.choose': 'Vælg bord',
  'table.none': 'Vælg …',
  'table.show': 'Vis idéer fra',
  'table.show.table': 'Mit bord',
  'table.show.room': 'Hele salen',
  'table.roundOne': 'Runde 1: Sæt prikker på dit bords bedste idéer. De {picks} med flest prikker går videre til salen.',
  'table.roundTwo': 'Runde 2: Salen stemmer om bordenes valg.',
  'table.roundOneNoTable': 'Vælg dit bord for at stemme med i runde 1.',
  'table.picksOf': '{name} valgte',
  'table.roomRanking': 'Salens rangering',
};

addStrings({ da: tablePhoneDa, en: {} });
