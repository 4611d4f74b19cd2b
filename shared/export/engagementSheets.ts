// The workbook's Spørgsmål and Afstemninger sheets, as headings and records the XLSX writer lays out.
import type { Label } from '../board/framework';
import type { SessionState } from '../state';
import { engagementWords, pollHeadings, questionHeadings } from './engagementLabels';
import type { ExportLanguage } from './labels';
import { pollRows } from './pollRows';
import { questionRows } from './questionRows';
import { reactionHeadings, reactionRows, reactionWords } from './reactionRows';

export interface RecordSheet<K extends string = string> {
  name: string;
  headings: Record<K, Label>;
  records: Record<K, string | number>[];
}

export function engagementSheets(state: SessionState, lang: ExportLanguage): RecordSheet[] {
  const questions: RecordSheet<keyof typeof questionHeadings> = {
    name: engagementWords.questionsSheet[lang],
    headings: questionHeadings,
    records: questionRows(state, lang).map(({ item, text, votes, answered, status, asked }) => ({ item, text, votes, answered, status, asked })),
  };
  const polls: RecordSheet<keyof typeof pollHeadings> = { name: engagementWords.pollsSheet[lang], headings: pollHeadings, records: pollRows(state, lang) };
  const sheets = [questions, polls] as RecordSheet[];
  // Only a day with reactions has the sheet: a workbook of a day without them is the one it always was.
  const reactions = reactionRows(state);
  if (reactions.length) sheets.push({ name: reactionWords.sheet[lang], headings: reactionHeadings, records: reactions });
  return sheets;
}
