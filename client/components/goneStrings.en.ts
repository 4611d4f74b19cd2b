import type { goneDa } from './goneStrings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const goneEn: Record<keyof typeof goneDa, string> = {
  'gone.endedTitle': 'The workshop has ended',
  'gone.ended': 'The organiser ended and deleted this workshop, so nothing more will come here. Thank you for taking part!',
  'gone.notFoundTitle': 'No such workshop',
  'gone.notFound': 'There is no workshop at this address. The organiser may have ended it, or the code may be mistyped.',
  'gone.archivedTitle': 'The workshop is archived',
  'gone.archived': 'The workshop is over and archived. Only those who took part can see the results; nobody new can join.',
  'gone.home': 'To the front page',
  'archived.note': 'The workshop is archived: you can see the programme and the results, but nothing can be added or changed.',
};
