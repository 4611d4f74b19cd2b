// What the facilitator chooses for the projector, in both languages: registered with the console's strings
// (i18n/consoleStrings.ts), so a phone never downloads them.
import { defineStrings } from '../../i18n/define';

export const projectorConsoleStrings = defineStrings({
  da: {
    'projector.choice': 'Projektoren viser',
    'projector.choice.auto': 'Følg dagen',
    'projector.choice.board': 'Tavlen',
    'projector.choice.programme': 'Programmet',
    'projector.showing': 'Nu: {view}',
    'projector.view.programme': 'programmet',
    'projector.view.questions': 'spørgsmålene',
    'projector.view.board': 'tavlen',
    'projector.view.poll': 'afstemningen',
  },
  en: {
    'projector.choice': 'The projector shows',
    'projector.choice.auto': 'Follow the day',
    'projector.choice.board': 'The board',
    'projector.choice.programme': 'The programme',
    'projector.showing': 'Now: {view}',
    'projector.view.programme': 'the programme',
    'projector.view.questions': 'the questions',
    'projector.view.board': 'the board',
    'projector.view.poll': 'the poll',
  },
});
