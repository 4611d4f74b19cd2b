// Danish, the default: what a phone's first screen shows of polls (the banner of an open poll), loaded with the
// entry; answering one comes with its code (laterStrings.ts). The English twin (strings.en.ts) loads only when
// English is shown; what only the console and the projector show is in consoleStrings.ts.
export const pollDa = {
  'polls.back': '← Tilbage',
  'polls.backToPoll': 'Der er en afstemning i gang: {question}',
  'polls.answerNow': 'Svar',
};
