import type { pollLaterDa } from './laterStrings';
import type { pollDa } from './strings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const pollEn: Record<keyof typeof pollDa | keyof typeof pollLaterDa, string> = {
  'polls.back': '← Back',
  'polls.backToPoll': 'A poll is open: {question}',
  'polls.answerNow': 'Answer',
  'polls.send': 'Send answer',
  'polls.change': 'Change answer',
  'polls.sending': 'Sending …',
  'polls.saved': 'Your answer is saved. You can change it until the poll closes.',
  'polls.pickOne': 'Pick one',
  'polls.pickMany': 'Pick as many as you like',
  'polls.scaleLow': '1 = not at all',
  'polls.scaleHigh': '5 = very much',
  'polls.wordsHint': 'Up to 3 short answers',
  'polls.word': 'Answer {n}',
  'polls.textHint': 'Write your answer',
  'polls.kind.single': 'Single choice',
  'polls.kind.multiple': 'Multiple choice',
  'polls.kind.scale': 'Scale 1–5',
  'polls.kind.words': 'Word cloud',
  'polls.kind.text': 'Open text',
  'polls.closedNow': 'The poll is closed. Your last saved answer counts.',
  'polls.tooManyChanges': 'You have changed your answer as many times as you can (20).',
};
