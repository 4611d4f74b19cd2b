// Danish, the default: loaded with the entry. The English twin (strings.en.ts) loads only when English is shown.
export const sessionDa = {
  'workshop.edit': 'Navn, dato og starttid',
  'workshop.title': 'Workshoppens navn',
  'workshop.date': 'Dato',
  'workshop.start': 'Starttid',
  'workshop.movesNote': 'Programmet flytter med: alle punkter beholder deres længde og rækkefølge.',
  'workshop.startedNote': 'Dagen er i gang, så dato og starttid ligger fast; flyt enkelte punkter i programmet i stedet.',
};
