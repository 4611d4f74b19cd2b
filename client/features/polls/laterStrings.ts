// Danish strings of answering a poll on a phone (and of the console's and projector's poll views, which import this
// too): they come with that code, not with the phone's first screen. The English twin is in strings.en.ts.
import { addStrings } from '../../i18n';

export const pollLaterDa = {
  'polls.send': 'Send svar',
  'polls.change': 'Ændr svar',
  'polls.sending': 'Sender …',
  'polls.saved': 'Dit svar er gemt. Du kan ændre det, indtil afstemningen lukker.',
  'polls.pickOne': 'Vælg én',
  'polls.pickMany': 'Vælg gerne flere',
  'polls.scaleLow': '1 = slet ikke',
  'polls.scaleHigh': '5 = i høj grad',
  'polls.wordsHint': 'Op til 3 korte svar',
  'polls.word': 'Svar {n}',
  'polls.textHint': 'Skriv dit svar',
  'polls.kind.single': 'Ét valg',
  'polls.kind.multiple': 'Flere valg',
  'polls.kind.scale': 'Skala 1–5',
  'polls.kind.words': 'Ordsky',
  'polls.kind.text': 'Fritekst',
  'polls.closedNow': 'Afstemningen er lukket. Dit seneste gemte svar tæller.',
  'polls.tooManyChanges': 'Du har ændret dit svar så mange gange, som man kan (20).',
};

addStrings({ da: pollLaterDa, en: {} });
