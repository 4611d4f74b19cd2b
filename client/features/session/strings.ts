import { defineStrings } from '../../i18n/define';

export const sessionStrings = defineStrings({
  da: {
    'workshop.edit': 'Navn, dato og starttid',
    'workshop.title': 'Workshoppens navn',
    'workshop.date': 'Dato',
    'workshop.start': 'Starttid',
    'workshop.movesNote': 'Programmet flytter med: alle punkter beholder deres længde og rækkefølge.',
    'workshop.startedNote': 'Dagen er i gang, så dato og starttid ligger fast; flyt enkelte punkter i programmet i stedet.',
  },
  en: {
    'workshop.edit': 'Name, date and start time',
    'workshop.title': "The workshop's name",
    'workshop.date': 'Date',
    'workshop.start': 'Start time',
    'workshop.movesNote': 'The programme moves with it: every item keeps its length and order.',
    'workshop.startedNote': 'The day is under way, so the date and start time are fixed; move single items in the programme instead.',
  },
});
