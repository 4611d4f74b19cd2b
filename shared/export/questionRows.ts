// Questions to the speakers for the XLSX sheet and the report: by programme item, then by votes.
import { questionStatus, sortQuestions } from '../question/questions';
import type { SessionState } from '../state';
import { zonedClock } from '../time';
import { engagementWords, questionStatusLabels } from './engagementLabels';
import type { ExportLanguage } from './labels';

export interface QuestionRow {
  itemId: string;
  item: string;
  text: string;
  votes: number;
  answered: string;
  isAnswered: boolean;
  status: string;
  isHidden: boolean;
  asked: string;
}

/** Every question (hidden and pending ones marked), in programme order, then by votes. */
export function questionRows(state: SessionState, lang: ExportLanguage): QuestionRow[] {
  const words = engagementWords;
  return state.agenda.items.flatMap((item) =>
    sortQuestions(
      state.questions.questions.filter((q) => q.itemId === item.id),
      'votes',
    ).map((q) => ({
      itemId: item.id,
      item: item.title,
      text: q.text,
      votes: q.votes,
      answered: (q.answered ? words.yes : words.no)[lang],
      isAnswered: q.answered,
      status: questionStatusLabels[questionStatus(q)][lang],
      isHidden: questionStatus(q) === 'hidden' || questionStatus(q) === 'pending',
      asked: zonedClock(q.createdAt),
    })),
  );
}
