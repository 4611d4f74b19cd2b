// What a screen says when its workshop is gone or archived, in Danish; it comes with that code (a phone loads it
// only then). The English twin (goneStrings.en.ts) is in the English chunk (i18n/english.ts).
import { addStrings } from '../i18n';

export const goneDa = {
  'gone.endedTitle': 'Workshoppen er afsluttet',
  'gone.ended': 'Arrangøren har afsluttet og slettet denne workshop, så der kommer ikke mere her. Tak fordi du var med!',
  'gone.notFoundTitle': 'Workshoppen findes ikke',
  'gone.notFound': 'Der er ingen workshop på denne adresse. Den kan være afsluttet af arrangøren, eller koden kan være skrevet forkert.',
  'gone.archivedTitle': 'Workshoppen er arkiveret',
  'gone.archived': 'Workshoppen er slut og arkiveret. Kun de, der var med, kan se resultaterne; der kan ikke komme nye deltagere til.',
  'gone.home': 'Til forsiden',
  'archived.note': 'Workshoppen er arkiveret: du kan se programmet og resultaterne, men intet kan tilføjes eller ændres.',
};

addStrings({ da: goneDa, en: {} });
