// What only the console and the projector show of questions, in both languages: registered with the console's
// strings (i18n/consoleStrings.ts) when one of those screens loads, so a phone never downloads them.
import { defineStrings } from '../../i18n/define';

export const questionConsoleStrings = defineStrings({
  da: {
    'questions.take': 'Tag imod spørgsmål til dette punkt',
    'questions.requireApproval': 'Godkend spørgsmål, før de vises',
    'questions.approve': 'Godkend',
    'questions.markAnswered': 'Besvaret',
    'questions.markOpen': 'Åbn igen',
    'questions.hide': 'Skjul',
    'questions.show': 'Vis',
    'questions.highlight': 'Vis stort på projektoren',
    'questions.unhighlight': 'Fjern fra projektoren',
    'questions.onProjector': 'På projektoren',
    'questions.count': '{count} spørgsmål',
    'questions.top': 'Spørgsmål til {title}',
    'questions.askOnPhone': 'Stil spørgsmål og stem på telefonen',
  },
  en: {
    'questions.take': 'Take questions for this item',
    'questions.requireApproval': 'Approve questions before they are shown',
    'questions.approve': 'Approve',
    'questions.markAnswered': 'Answered',
    'questions.markOpen': 'Reopen',
    'questions.hide': 'Hide',
    'questions.show': 'Show',
    'questions.highlight': 'Show big on the projector',
    'questions.unhighlight': 'Take off the projector',
    'questions.onProjector': 'On the projector',
    'questions.count': '{count} questions',
    'questions.top': 'Questions for {title}',
    'questions.askOnPhone': 'Ask and vote on your phone',
  },
});
