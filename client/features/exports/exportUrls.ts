// Download addresses of a session. The key rides in ?key= so a plain link downloads (see docs/protocol.md).
import type { StringKey } from '../../i18n';

export interface ExportLink {
  id: string;
  label: StringKey;
  path: string;
  /** The report opens in a tab to read and print; everything else downloads. */
  opensInTab?: boolean;
}

export const exportLinks: ExportLink[] = [
  { id: 'xlsx', label: 'exports.xlsx', path: 'export.xlsx' },
  { id: 'csv', label: 'exports.csv', path: 'export.csv' },
  { id: 'csv-comma', label: 'exports.csvComma', path: 'export.csv?sep=comma' },
  { id: 'report', label: 'exports.report', path: 'report.html', opensInTab: true },
  { id: 'pdf', label: 'exports.pdf', path: 'report.pdf' },
  { id: 'json', label: 'exports.json', path: 'export.json' },
];

export function exportUrl(sessionId: string, key: string, path: string, lang: string): string {
  const [file, query] = path.split('?');
  const params = new URLSearchParams(query);
  params.set('lang', lang);
  params.set('key', key);
  return `/api/sessions/${encodeURIComponent(sessionId)}/${file}?${params}`;
}
