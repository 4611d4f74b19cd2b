// The workbook organisers live in: Ideas, Ranking per sector, the Programme as run, and a Summary.
import ExcelJS from 'exceljs';
import { type IdeaColumn, ideaColumns, ideaRows, ideaTable } from '../../shared/export/ideaRows';
import { exportWords, ideaHeadings, programmeHeadings, type ExportLanguage } from '../../shared/export/labels';
import { programmeColumns, programmeRows } from '../../shared/export/programmeRows';
import { type Summary, summarise } from '../../shared/export/summary';
import type { SessionState } from '../../shared/state';

type Cell = string | number;
const rankingColumns: IdeaColumn[] = ['sector', 'rank', 'text', 'partner', 'gains', 'votes'];
/** Wide text columns wrap instead of running off the screen. */
const wideColumns = new Set(['text', 'partner', 'libraryBrings', 'partnerBrings', 'gains', 'reasons', 'title']);

function addSheet(book: ExcelJS.Workbook, name: string, keys: readonly string[], headings: string[], rows: Cell[][]) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = keys.map((key, i) => ({ header: headings[i], key, width: wideColumns.has(key) ? 48 : 16 }));
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  for (const [i, key] of keys.entries()) if (wideColumns.has(key)) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  return sheet;
}

export async function sessionXlsx(state: SessionState, lang: ExportLanguage): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Out of the Box';
  book.title = state.title;
  const rows = ideaRows(state, lang);

  const ideas = ideaTable(rows, ideaColumns(state), lang);
  addSheet(book, exportWords.ideas[lang], ideaColumns(state), ideas.headings, ideas.cells);
  const ranked = ideaTable(rows, rankingColumns, lang);
  addSheet(book, exportWords.ranking[lang], rankingColumns, ranked.headings, ranked.cells);

  const programme = programmeRows(state, lang);
  addSheet(
    book,
    exportWords.programme[lang],
    programmeColumns,
    programmeColumns.map((c) => programmeHeadings[c][lang]),
    programme.map((row) => programmeColumns.map((c) => row[c])),
  );

  addSummarySheet(book, state, summarise(state, rows, lang), lang);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Key figures on top, then one line per sector: the sheet someone opens first. */
function addSummarySheet(book: ExcelJS.Workbook, state: SessionState, summary: Summary, lang: ExportLanguage) {
  const words = exportWords;
  const sheet = book.addWorksheet(words.summary[lang]);
  sheet.addRows([
    [words.title[lang], state.title],
    [words.date[lang], state.date],
    [words.participants[lang], summary.participants],
    [],
    [ideaHeadings.sector[lang], words.ideas[lang], words.votes[lang]],
    ...summary.sectors.map((s): Cell[] => [s.sector, s.ideas, s.votes]),
    [words.total[lang], summary.ideas, summary.votes],
  ]);
  sheet.getColumn(1).font = { bold: true };
  sheet.getRow(5).font = { bold: true };
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 16;
  sheet.getColumn(3).width = 16;
}
