import type { sessionDa } from './strings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const sessionEn: Record<keyof typeof sessionDa, string> = {
  'workshop.edit': 'Name, date and start time',
  'workshop.title': "The workshop's name",
  'workshop.date': 'Date',
  'workshop.start': 'Start time',
  'workshop.movesNote': 'The programme moves with it: every item keeps its length and order.',
  'workshop.startedNote': 'The day is under way, so the date and start time are fixed; move single items in the programme instead.',
};
