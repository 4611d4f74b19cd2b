// Words the exports print for questions and polls, in both languages.
import type { Label } from '../board/framework';
import type { PollKind } from '../poll/types';
import type { QuestionStatus } from '../question/types';

export const questionHeadings = {
  item: { da: 'Oplæg', en: 'Talk' },
  text: { da: 'Spørgsmål', en: 'Question' },
  votes: { da: 'Stemmer', en: 'Votes' },
  answered: { da: 'Besvaret', en: 'Answered' },
  status: { da: 'Status', en: 'Status' },
  asked: { da: 'Stillet', en: 'Asked' },
} as const satisfies Record<string, Label>;

export const pollHeadings = {
  poll: { da: 'Afstemning', en: 'Poll' },
  item: { da: 'Programpunkt', en: 'Programme item' },
  kind: { da: 'Type', en: 'Kind' },
  option: { da: 'Svarmulighed', en: 'Option' },
  answers: { da: 'Svar', en: 'Answers' },
} as const satisfies Record<string, Label>;

export const questionStatusLabels: Record<QuestionStatus, Label> = {
  pending: { da: 'Afventer godkendelse', en: 'Awaiting approval' },
  open: { da: 'Åben', en: 'Open' },
  answered: { da: 'Besvaret', en: 'Answered' },
  hidden: { da: 'Skjult', en: 'Hidden' },
};

export const pollKindLabels: Record<PollKind, Label> = {
  single: { da: 'Ét valg', en: 'Single choice' },
  multiple: { da: 'Flere valg', en: 'Multiple choice' },
  scale: { da: 'Skala 1–5', en: 'Scale 1–5' },
  words: { da: 'Ordsky', en: 'Word cloud' },
  text: { da: 'Fritekst', en: 'Open text' },
};

export const engagementWords = {
  questionsSheet: { da: 'Spørgsmål', en: 'Questions' },
  pollsSheet: { da: 'Afstemninger', en: 'Polls' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  average: { da: 'Gennemsnit', en: 'Average' },
  respondents: { da: 'Antal, der svarede', en: 'Respondents' },
  onTheSpot: { da: '(uden programpunkt)', en: '(no programme item)' },
  questionsHeading: { da: 'Spørgsmål til oplægsholderne', en: 'Questions to the speakers' },
  pollsHeading: { da: 'Afstemninger', en: 'Polls' },
  notOpened: { da: 'Ikke åbnet.', en: 'Not opened.' },
  averageOf: { da: 'Gennemsnit {average} af {count} svar', en: 'Average {average} of {count} answers' },
  answersOf: { da: '{count} svar', en: '{count} answers' },
} as const satisfies Record<string, Label>;
