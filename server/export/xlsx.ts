// The workbook organisers live in: Ideas, Ranking per sector, the Programme as run, its changes, a Summary, Questions and Polls.
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { type IdeaColumn, ideaColumns, ideaRows, ideaTable } from '../../shared/export/ideaRows';
import { exportWords, ideaHeadings, programmeChangeHeadings, programmeHeadings, type ExportLanguage } from '../../shared/export/labels';
import { programmeChangeRows } from '../../shared/export/programmeChangeRows';
import { programmeRows } from '../../shared/export/programmeRows';
import { engagementSheets } from '../../shared/export/engagementSheets';
import { type Summary, summarise } from '../../shared/export/summary';
import type { SessionState } from '../../shared/state';
import type { Label } from '../../shared/board/framework';

type Cell = string | number;
const rankingColumns: IdeaColumn[] = ['sector', 'rank', 'text', 'partner', 'gains', 'votes'];
/** Wide text columns wrap instead of running off the screen. */
const wideColumns = new Set(['text', 'partner', 'libraryBrings', 'partnerBrings', 'gains', 'reasons', 'title', 'item', 'poll', 'option']);

/**
 * Every cell points at one of these few objects: exceljs caches a style by object identity, and a
 * fresh style object per cell made a 10,000-idea workbook three times slower.
 */
const styles = {
  plain: {},
  wrapped: { alignment: { wrapText: true, vertical: 'top' } },
  heading: { font: { bold: true } },
} satisfies Record<string, Partial<ExcelJS.Style>>;

type Sheet = ExcelJS.Worksheet;

function writeRow(sheet: Sheet, cells: Cell[], styleOf: (column: number) => Partial<ExcelJS.Style>) {
  const row = sheet.addRow(cells);
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    cell.style = styleOf(column) as ExcelJS.Style;
  });
  row.commit();
}

function addTableSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, keys: readonly string[], headings: string[], rows: Cell[][]) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = keys.map((key) => ({ key, width: wideColumns.has(key) ? 48 : 16 }));
  const cellStyles = keys.map((key) => (wideColumns.has(key) ? styles.wrapped : styles.plain));
  writeRow(sheet, headings, () => styles.heading);
  for (const row of rows) writeRow(sheet, row, (column) => cellStyles[column - 1] ?? styles.plain);
  sheet.commit();
}

/** A sheet whose columns are the keys of `headings`, in their order, one row per record. */
function addRecordSheet<K extends string>(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  headings: Record<K, Label>,
  records: Record<K, Cell>[],
  lang: ExportLanguage,
) {
  const columns = Object.keys(headings) as K[];
  const cells = records.map((record) => columns.map((c) => record[c]));
  addTableSheet(book, name, columns, columns.map((c) => headings[c][lang]), cells);
}

/** Key figures on top, then one line per sector: the sheet someone opens first. */
function addSummarySheet(book: ExcelJS.stream.xlsx.WorkbookWriter, state: SessionState, summary: Summary, lang: ExportLanguage) {
  const words = exportWords;
  const sheet = book.addWorksheet(words.summary[lang]);
  sheet.columns = [{ width: 24 }, { width: 40 }, { width: 16 }];
  const keyFigure = (column: number) => (column === 1 ? styles.heading : styles.plain);
  writeRow(sheet, [words.title[lang], state.title], keyFigure);
  writeRow(sheet, [words.date[lang], state.date], keyFigure);
  writeRow(sheet, [words.participants[lang], summary.participants], keyFigure);
  writeRow(sheet, [], keyFigure);
  writeRow(sheet, [ideaHeadings.sector[lang], words.ideas[lang], words.votes[lang]], () => styles.heading);
  for (const s of summary.sectors) writeRow(sheet, [s.sector, s.ideas, s.votes], keyFigure);
  writeRow(sheet, [words.total[lang], summary.ideas, summary.votes], () => styles.heading);
  sheet.commit();
}

export async function sessionXlsx(state: SessionState, lang: ExportLanguage): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  // Fast compression: a 10,000-idea workbook stays about 1.5 MB and is made in half the time.
  // Loaded on the first workbook: exceljs holds about 8 MB of heap.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  book.creator = 'Out of the Box';
  book.title = state.title;
  const rows = ideaRows(state, lang);

  const ideas = ideaTable(rows, ideaColumns(state), lang);
  addTableSheet(book, exportWords.ideas[lang], ideaColumns(state), ideas.headings, ideas.cells);
  const ranked = ideaTable(rows, rankingColumns, lang);
  addTableSheet(book, exportWords.ranking[lang], rankingColumns, ranked.headings, ranked.cells);
  addRecordSheet(book, exportWords.programme[lang], programmeHeadings, programmeRows(state, lang), lang);
  addRecordSheet(book, exportWords.programmeChanges[lang], programmeChangeHeadings, programmeChangeRows(state, lang), lang);
  addSummarySheet(book, state, summarise(state, rows, lang), lang);
  for (const sheet of engagementSheets(state, lang)) addRecordSheet(book, sheet.name, sheet.headings, sheet.records, lang);
  await book.commit();
  return Buffer.concat(chunks);
}
