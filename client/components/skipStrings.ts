// The console's skip links, in both languages: registered with the console's strings (i18n/consoleStrings.ts).
import { defineStrings } from '../i18n/define';

export const skipStrings = defineStrings({
  da: {
    'skip.label': 'Spring til',
    'skip.board': 'Spring til tavlen',
    'skip.programme': 'Spring til programmet',
    'skip.questions': 'Spring til spørgsmålene',
    'skip.polls': 'Spring til afstemningerne',
    'skip.join': 'Spring til deltagelse og eksport',
  },
  en: {
    'skip.label': 'Skip to',
    'skip.board': 'Skip to the board',
    'skip.programme': 'Skip to the programme',
    'skip.questions': 'Skip to the questions',
    'skip.polls': 'Skip to the polls',
    'skip.join': 'Skip to joining and exports',
  },
});
