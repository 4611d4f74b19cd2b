// Danish strings of the board's parts a phone loads after its first screen (an idea's optional fields, dots, the
// word about the other sectors, editing, the list of writes on their way): they come with that code. The English
// twin (laterStrings.en.ts) is in the English chunk (i18n/english.ts).
import { addStrings } from '../../i18n';

export const boardLaterDa = {
  'board.ideaLimitReached': 'Der er ikke plads til flere idéer: du har tilføjet så mange, som én deltager kan, eller tavlen er fuld. Du kan stadig rette dine egne.',
  'board.more': 'Flere detaljer (valgfrit)',
  'board.similarHint': 'Lignende idéer findes allerede',
  'board.similarHintNote': 'Giv hellere en af dem din stemme end at skrive den igen.',
  'board.partner': 'Partner (hvem?)',
  'board.libraryBrings': 'Hvad bidrager biblioteket med?',
  'board.partnerBrings': 'Hvad bidrager partneren med?',
  'board.gains': 'Hvad får partneren ud af det?',
  'board.reasons': 'Hvilke gode grunde tjener det?',
  'board.kind': 'Slags partnerskab',
  'board.kind.reach': 'Rækkevidde',
  'board.kind.duration': 'Varighed',
  'board.kind.projectType': 'Projekttype',
  'board.kind.character': 'Karakter',
  'board.kind.none': '–',
  'board.otherSectors': 'Der er også idéer under {sectors} – tryk på fanerne ovenfor.',
  'board.dotsPerSector': 'Dine prikker: {dots}',
  'board.dotsLeft': 'Du har {count} prikker tilbage',
  'board.oneDotLeft': 'Du har 1 prik tilbage',
  'board.noDotsLeft': 'Du har brugt alle dine prikker',
  'board.oneDotPerIdea': 'Du har sat din prik her – hver idé kan få én prik fra dig.',
  'board.vote': 'Sæt prik',
  'board.unvote': 'Tag prik tilbage',
  'board.yourDots': 'Dine prikker: {count}',
  'board.conflictReloaded': 'Idéen var ændret af en anden. Her er den nye version.',
};

addStrings({ da: boardLaterDa, en: {} });
