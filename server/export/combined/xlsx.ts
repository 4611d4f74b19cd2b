// The combined workbook: an overview, the top per sector, partners, polls and questions across workshops, then one
// sheet per workshop with its ranked ideas. Streamed to the answer sheet by sheet.
import type { Writable } from 'node:stream';
import type { ExportLanguage } from '../../../shared/export/labels';
import type { CombinedView } from '../../../shared/http/combined';
import { combinedWords as w } from '../../../shared/series/labels';
import { xmlSafe } from '../../../shared/text';
import { addTableSheet } from '../xlsx';
import { type Table, ideaTable, overviewTable, partnerTable, pollTable, questionTable, topTable } from './rows';

/** Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\, unique in the book; only what XML can hold. */
export function sheetNames(titles: readonly string[], reserved: readonly string[]): string[] {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return titles.map((title) => {
    const base = xmlSafe(title).replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 28) || 'Workshop';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 27 - String(n).length)} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}

export async function combinedXlsx(view: CombinedView, lang: ExportLanguage, out: Writable): Promise<void> {
  const { default: Excel } = await import('exceljs');
  const book = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  book.creator = 'Out of the Box';
  book.title = w.title[lang];
  const tables: (Table & { name: string })[] = [
    { name: w.overview[lang], ...overviewTable(view, lang) },
    { name: w.topIdeas[lang], ...topTable(view, lang) },
    { name: w.partners[lang], ...partnerTable(view, lang) },
    { name: w.polls[lang], ...pollTable(view, lang) },
    { name: w.questions[lang], ...questionTable(view, lang) },
  ];
  const names = sheetNames(view.workshops.map((ws) => `${ws.title} ${ws.date}`), tables.map((t) => t.name));
  view.workshops.forEach((ws, i) => tables.push({ name: names[i]!, ...ideaTable(view.ideas.filter((idea) => idea.workshopId === ws.id), view, lang) }));
  for (const table of tables) await addTableSheet(book, table.name, table.keys, table.headings, table.rows, (row) => row);
  await book.commit();
}
