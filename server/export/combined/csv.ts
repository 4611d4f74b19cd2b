// Every idea of the combined workshops as one CSV, a row per idea with its workshop; written to the answer as it is made.
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportLanguage } from '../../../shared/export/labels';
import type { CombinedView } from '../../../shared/http/combined';
import { type CsvSeparator, neutraliseFormula } from '../csv';
import { ideaTable } from './rows';

export function combinedCsv(view: CombinedView, lang: ExportLanguage, separator: CsvSeparator, out: Writable): Promise<void> {
  const { headings, rows } = ideaTable(view.ideas, view, lang);
  const csv = stringify({ bom: true, delimiter: separator, record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
  const done = new Promise<void>((resolve, reject) => {
    csv.on('error', reject);
    out.on('finish', resolve);
    out.on('error', reject);
  });
  csv.pipe(out);
  csv.write(headings);
  for (const row of rows) csv.write(row.map(neutraliseFormula));
  csv.end();
  return done;
}
