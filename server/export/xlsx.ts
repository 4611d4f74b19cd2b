// The workbook organisers live in: Ideas, Ranking per sector, the Programme as run, its changes, a Summary, Questions and Polls.
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { type IdeaColumn, type IdeaRow, ideaColumns, ideaRowMaker, rankedIdeas } from '../../shared/export/ideaRows';
import { exportWords, ideaHeadings, programmeChangeHeadings, programmeHeadings, type ExportLanguage } from '../../shared/export/labels';
import { programmeChangeRows } from '../../shared/export/programmeChangeRows';
import { programmeRows } from '../../shared/export/programmeRows';
import { engagementSheets } from '../../shared/export/engagementSheets';
import { type Summary, summarise } from '../../shared/export/summary';
import type { SessionState } from '../../shared/state';
import { zonedWallClockAsUtc } from '../../shared/time';
import type { Label } from '../../shared/board/framework';
import { xmlSafe } from '../../shared/text';
import { XLSX_ROWS_PER_TURN } from '../tuning';

type Cell = string | number | Date;
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
  dateTime: { numFmt: 'yyyy-mm-dd hh:mm' },
  time: { numFmt: 'hh:mm' },
} satisfies Record<string, Partial<ExcelJS.Style>>;

type Sheet = ExcelJS.Worksheet;

/** A workbook is XML: a text stored before the text rule may hold what XML cannot, and one such cell breaks the whole file. */
const safeCell = (cell: Cell): Cell => (typeof cell === 'string' ? xmlSafe(cell) : cell);

function writeRow(sheet: Sheet, cells: Cell[], styleOf: (column: number) => Partial<ExcelJS.Style>) {
  const row = sheet.addRow(cells.map(safeCell));
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    cell.style = styleOf(column) as ExcelJS.Style;
  });
  row.commit();
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function inTurns<T, R>(items: readonly T[], make: (item: T) => R): Promise<R[]> {
  const out: R[] = [];
  for (const [index, item] of items.entries()) {
    if (index > 0 && index % XLSX_ROWS_PER_TURN === 0) await nextTurn();
    out.push(make(item));
  }
  return out;
}

/** Columns that hold a real date and time (Copenhagen wall clock), or only the time of day. */
const dateTimeColumns = new Set(['created']);
const timeColumns = new Set(['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd']);

function styleOfColumn(key: string): Partial<ExcelJS.Style> {
  if (wideColumns.has(key)) return styles.wrapped;
  if (dateTimeColumns.has(key)) return styles.dateTime;
  return timeColumns.has(key) ? styles.time : styles.plain;
}

/** A date cell showing the time the room saw; an epoch of null ("not run") stays the text it was. */
const wallClock = (epoch: number | null, otherwise: Cell): Cell => (epoch === null ? otherwise : new Date(zonedWallClockAsUtc(epoch)));

/** A sheet of `rows`, each turned into its cells only when written. */
export async function addTableSheet<T>(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  keys: readonly string[],
  headings: string[],
  rows: readonly T[],
  cellsOf: (row: T) => Cell[],
  /** Written under the headings when there are no rows, so an empty sheet says why. */
  whenEmpty?: string,
) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = keys.map((key) => ({ key, width: wideColumns.has(key) ? 48 : 16 }));
  const cellStyles = keys.map(styleOfColumn);
  // Filter buttons on every heading: organisers sort and filter the ideas by sector, gain or votes.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, keys.length) } };
  writeRow(sheet, headings, () => styles.heading);
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % XLSX_ROWS_PER_TURN === 0) await nextTurn();
    writeRow(sheet, cellsOf(row), (column) => cellStyles[column - 1] ?? styles.plain);
  }
  if (rows.length === 0 && whenEmpty) writeRow(sheet, [whenEmpty], () => styles.plain);
  sheet.commit();
}

function addIdeaSheet(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly IdeaColumn[],
  rows: IdeaRow[],
  lang: ExportLanguage,
  whenEmpty?: string,
) {
  const headings = columns.map((column) => ideaHeadings[column][lang]);
  return addTableSheet(
    book,
    name,
    columns,
    headings,
    rows,
    (row) => columns.map((column) => (column === 'created' ? wallClock(row.createdAt, row.created) : row[column])),
    whenEmpty,
  );
}

/** A sheet whose columns are the keys of `headings`, in their order, one row per record. */
async function addRecordSheet<K extends string>(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  headings: Record<K, Label>,
  records: Record<K, Cell>[],
  lang: ExportLanguage,
) {
  const columns = Object.keys(headings) as K[];
  await addTableSheet(book, name, columns, columns.map((c) => headings[c][lang]), records, (record) => columns.map((c) => record[c]));
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
  book.title = xmlSafe(state.title);
  const rows = await inTurns(rankedIdeas(state), ideaRowMaker(state, lang));

  await addIdeaSheet(book, exportWords.ideas[lang], ideaColumns(state), rows, lang);
  // The ranking holds only ideas someone voted for: an idea without a dot has no place in it.
  const voted = rows.filter((row) => row.votes > 0);
  await addIdeaSheet(book, exportWords.ranking[lang], rankingColumns, voted, lang, exportWords.noVotes[lang]);
  const programme = programmeRows(state, lang).map(({ at, isRunning: _running, ...row }) => ({
    ...row,
    plannedStart: wallClock(at.plannedStart, row.plannedStart),
    plannedEnd: wallClock(at.plannedEnd, row.plannedEnd),
    actualStart: wallClock(at.actualStart, row.actualStart),
    actualEnd: wallClock(at.actualEnd, row.actualEnd),
  }));
  await addRecordSheet(book, exportWords.programme[lang], programmeHeadings, programme, lang);
  await addRecordSheet(book, exportWords.programmeChanges[lang], programmeChangeHeadings, programmeChangeRows(state, lang), lang);
  addSummarySheet(book, state, summarise(state, rows, lang), lang);
  for (const sheet of engagementSheets(state, lang)) addRecordSheet(book, sheet.name, sheet.headings, sheet.records, lang);
  await book.commit();
  return Buffer.concat(chunks);
}
