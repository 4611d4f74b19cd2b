import type { agendaDa } from './strings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const agendaEn: Record<keyof typeof agendaDa, string> = {
  'agenda.now': 'Now',
  'agenda.next': 'Next',
  'agenda.left': 'left',
  'agenda.overtime': 'over time',
  'agenda.at': 'at {time}',
  'agenda.breakResumes': '{title} — we start again at {time}',
  'agenda.before': 'The day has not started yet.',
  'agenda.between': 'A gap in the programme.',
  'agenda.after': 'The day is over. Thank you!',
  'agenda.showAll': 'Whole programme',
  'agenda.ran': 'ran {from}–{to}',
  'agenda.running': 'started {from}',
  'agenda.late': '{minutes} min late',
  'agenda.kind.welcome': 'Welcome',
  'agenda.kind.talk': 'Talk',
  'agenda.kind.break': 'Break',
  'agenda.kind.workshop': 'Workshop',
  'agenda.kind.closing': 'Closing',
};
