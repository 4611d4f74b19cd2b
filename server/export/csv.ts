// Ideas as CSV for Excel: UTF-8 with a BOM (or Excel guesses the wrong encoding) and ';' by default (Danish Excel's list separator).
import { stringify } from 'csv-stringify/sync';
import { ideaColumns, ideaRows, ideaTable } from '../../shared/export/ideaRows';
import type { ExportLanguage } from '../../shared/export/labels';
import type { SessionState } from '../../shared/state';
import { xmlSafe } from '../../shared/text';

export type CsvSeparator = ';' | ',';

/**
 * A cell that starts like a formula would run as one when the file is opened in a spreadsheet
 * (CSV injection); a leading apostrophe makes it text, as OWASP recommends.
 */
export function neutraliseFormula(cell: string | number): string | number {
  if (typeof cell !== 'string') return cell;
  // Excel reads a CSV through the same text layer as its workbooks: what XML cannot hold goes here too.
  const text = xmlSafe(cell);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function ideasCsv(state: SessionState, lang: ExportLanguage, separator: CsvSeparator): string {
  const { headings, cells } = ideaTable(ideaRows(state, lang), ideaColumns(state), lang);
  return stringify([headings, ...cells.map((row) => row.map(neutraliseFormula))], {
    bom: true,
    delimiter: separator,
    record_delimiter: '\r\n',
    // csv-stringify quotes only the record delimiter itself; a bare \n or \r in a cell would start a new row
    // in Excel and in any reader that ends a row at any line break.
    quoted_match: /[\r\n]/,
  });
}
