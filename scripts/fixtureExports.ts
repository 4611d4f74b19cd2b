// A workshop's downloads as a fixture keeps them: JSON, CSV, the XLSX read back cell by cell, the printable report.
// What is meant to differ between two downloads of the same stored workshop is taken out here, and only that:
// the JSON's `exportedAt` (the moment of the download).
import ExcelJS from 'exceljs';
import { advanceAll } from '../server/session/fold';
import type { Store } from '../server/store/types';
import type { ExportFile } from '../shared/http/routes/exports';
import { blankSession } from '../shared/session/evolve';

/** The downloads compared, each under the name its file has in the fixture (with the query it was asked with). */
const compared: [ExportFile, string, string][] = [
  ['export.json', 'export.json', ''],
  // With names: the participant who chose "Glem mig" must not be among them.
  ['export.json', 'export-identified.json', '?identified=1'],
  ['export.csv', 'export.csv', ''],
  ['export.xlsx', 'export.xlsx.json', ''],
  ['report.html', 'report.html', ''],
];

async function xlsxCells(body: ArrayBuffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body);
  const sheets: Record<string, unknown[][]> = {};
  book.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push(Array.isArray(row.values) ? row.values.slice(1) : []));
    sheets[sheet.name] = rows;
  });
  return `${JSON.stringify(sheets, null, 1)}\n`;
}

async function readOne(url: string, file: ExportFile, adminToken: string): Promise<string> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${adminToken}` } });
  if (!res.ok) throw new Error(`${file}: ${res.status} ${await res.text()}`);
  if (file === 'export.xlsx') return xlsxCells(await res.arrayBuffer());
  const text = await res.text();
  if (file !== 'export.json') return text;
  const { exportedAt: _changesWithEveryDownload, ...document } = JSON.parse(text) as Record<string, unknown>;
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Every compared download of each session, keyed `<label>/<file>` (the label names the session: `day`, `archived`). */
export async function readExports(base: string, adminToken: string, sessions: Record<string, string>): Promise<Map<string, string>> {
  const exports = new Map<string, string>();
  for (const [label, id] of Object.entries(sessions)) {
    for (const [file, name, query] of compared) exports.set(`${label}/${name}`, await readOne(`${base}/api/sessions/${id}/${file}${query}`, file, adminToken));
  }
  return exports;
}

/**
 * Each session's state as the server folds it from the stored events (what a checkpoint holds), as JSON text:
 * a release that folds the same events into another state must not trust this release's checkpoints.
 */
export async function foldedStates(store: Store, sessions: Record<string, string>): Promise<Map<string, string>> {
  const states = new Map<string, string>();
  for (const [label, id] of Object.entries(sessions)) states.set(label, `${JSON.stringify(advanceAll(blankSession(id), await store.events(id, 0)), null, 1)}\n`);
  return states;
}

/** The release whose downloads changed on purpose (below); fixtures made before it are compared without those parts. */
export const INTENDED_CHANGES_RELEASE = '0.2.0';

/**
 * A download without what release 0.2.0 changed on purpose, for fixtures made before those changes landed:
 * - the JSON export counts people without names (`unnamed`: those who chose "Glem mig", everyone of an anonymous
 *   download), so an import counts them too;
 * - an idea without votes has no rank (CSV, the XLSX "Idéer" sheet), the "Rangering" sheet and the report rank only
 *   ideas with votes, and the "Overblik" sheet and the report count a forgotten participant anonymously.
 * Everything else of those downloads must still come out the same: the programme, the ideas and their fields and
 * votes, the questions, the polls, the other sheets.
 */
export function withoutIntendedChanges(name: string, body: string): string {
  if (name.endsWith('.json') && !name.endsWith('.xlsx.json')) {
    const { unnamed: _countedSince, ...document } = JSON.parse(body) as Record<string, unknown>;
    return `${JSON.stringify(document, null, 2)}\n`;
  }
  if (name.endsWith('export.csv')) return body.split('\r\n').map((line) => line.split(';').filter((_, i) => i !== 1).join(';')).join('\r\n');
  if (name.endsWith('.xlsx.json')) {
    const sheets = JSON.parse(body) as Record<string, unknown[][]>;
    const { Rangering: _ranking, Overblik: _summary, ...rest } = sheets;
    const ideas = rest['Idéer']?.map((row) => row.filter((_, i) => i !== 1));
    return `${JSON.stringify({ ...rest, ...(ideas ? { Idéer: ideas } : {}) }, null, 1)}\n`;
  }
  // The report's text is the same data in another order: compared through the other downloads.
  return name.endsWith('report.html') ? '' : body;
}
