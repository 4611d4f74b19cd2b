// What the console says about alike ideas and questions, in both languages: registered with the console's strings
// (i18n/consoleStrings.ts), so a phone never downloads them.
import { defineStrings } from '../../i18n/define';

export const similarConsoleStrings = defineStrings({
  da: {
    'similar.ideas': 'Lignende idéer',
    'similar.questions': 'Lignende spørgsmål',
    'similar.ideasNote': 'Forslag til idéer, der siger det samme, inden for samme sektor. Flet dem til én, eller afvis forslaget.',
    'similar.questionsNote': 'Forslag til spørgsmål, der spørger om det samme. Ved fletning lægges stemmerne sammen; én persons stemme tæller én gang.',
    'similar.mergeInto': 'Flet ind i den første',
    'similar.dismiss': 'Ikke ens',
    'similar.votes': '{count} stemmer',
    'similar.group': 'Forslag med {count} ens',
  },
  en: {
    'similar.ideas': 'Similar ideas',
    'similar.questions': 'Similar questions',
    'similar.ideasNote': 'Suggested ideas that say the same, within one sector. Merge them into one, or dismiss the suggestion.',
    'similar.questionsNote': 'Suggested questions that ask the same. Merging adds their votes up; one person’s vote counts once.',
    'similar.mergeInto': 'Merge into the first',
    'similar.dismiss': 'Not the same',
    'similar.votes': '{count} votes',
    'similar.group': 'Suggestion of {count} alike',
  },
});
