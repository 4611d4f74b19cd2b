import type { tablePhoneDa } from './phoneStrings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const tablePhoneEn: Record<keyof typeof tablePhoneDa, string> = {
  'table.yours': 'You sit at {name}',
  'table.change': 'Change table',
  'table.question': 'Which table are you at?',
  'table.label': 'Table',
  'table.choose': 'Choose table',
  'table.none': 'Choose …',
  'table.show': 'Show ideas from',
  'table.show.table': 'My table',
  'table.show.room': 'The whole room',
  'table.roundOne': "Round 1: Put dots on your table's best ideas. The {picks} with the most dots go on to the room.",
  'table.roundTwo': "Round 2: The room votes on the tables' picks.",
  'table.roundOneNoTable': 'Choose your table to vote in round 1.',
  'table.picksOf': '{name} picked',
  'table.roomRanking': "The room's ranking",
};
