// Danish, the default: what a phone shows of questions. The phone's questions load after its first screen
// (features/join/lazyPhoneParts.ts), and these strings with them. The English twin (strings.en.ts) is in the English
// chunk (i18n/english.ts); what only the console and the projector show is in consoleStrings.ts.
import { addStrings } from '../../i18n';

export const questionDa = {
  'questions.title': 'Spørgsmål til oplægsholderen',
  'questions.for': 'Spørgsmål til',
  'questions.followNow': 'Nu: {title}',
  'questions.followNext': 'Næste: {title}',
  'questions.upcoming': 'Næste oplæg:',
  'questions.now': '(nu)',
  'questions.none': 'Ingen spørgsmål endnu. Stil det første!',
  'questions.closed': 'Dette punkt tager ikke imod spørgsmål lige nu. De stillede spørgsmål kan stadig læses.',
  'questions.noItem': 'Ingen oplæg tager imod spørgsmål lige nu.',
  'questions.ask': 'Stil spørgsmål',
  'questions.asking': 'Sender …',
  'questions.askLabel': 'Dit spørgsmål',
  'questions.askPlaceholder': 'Fx Hvordan fandt I jeres første partner?',
  'questions.anonymous': 'De andre deltagere kan ikke se, hvem der har spurgt.',
  'questions.asked': 'Tak! Dit spørgsmål er modtaget.',
  'questions.askedPending': 'Tak! Dit spørgsmål vises for de andre, når facilitatoren har godkendt det.',
  'questions.chars': '{count}/300',
  'questions.sort': 'Sortér',
  'questions.sort.votes': 'Flest stemmer',
  'questions.sort.newest': 'Nyeste',
  'questions.upvote': 'Stem op',
  'questions.unvote': 'Tag stemme tilbage',
  'questions.votes': '{count} stemmer',
  'questions.oneVote': '1 stemme',
  'questions.mine': 'Dit spørgsmål',
  'questions.status.pending': 'Venter på godkendelse',
  'questions.status.open': 'Åben',
  'questions.status.answered': 'Besvaret',
  'questions.status.hidden': 'Skjult',
  'questions.tooMany': 'Du har stillet så mange spørgsmål til dette punkt, som man kan (10).',
  'questions.upvoteWaiting': 'Sendes …',
  'questions.notOpen': 'Spørgsmålet eller punktet er ikke åbent for stemmer lige nu.',
  'questions.itemClosed': 'Dette punkt tager ikke imod spørgsmål lige nu.',
};

addStrings({ da: questionDa, en: {} });
/** The translator for this feature: taking it from here is what loads these strings (see addStrings). */
export { errorKey, useT } from '../../i18n';
