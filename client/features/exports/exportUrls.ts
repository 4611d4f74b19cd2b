// Download addresses of a session. The key rides in ?key= so a plain link downloads (see docs/protocol.md).
import { exportEndpoint, type ExportFile } from '../../../shared/http/routes/exports';
import { routePath } from '../../../shared/http/routePath';
import type { StringKey } from '../../i18n';

export interface ExportLink {
  id: string;
  label: StringKey;
  file: ExportFile;
  /** Fixed query parameters of this link (the comma CSV). */
  query?: Record<string, string>;
  /** The report opens in a tab to read and print; everything else downloads. */
  opensInTab?: boolean;
}

export const exportLinks: ExportLink[] = [
  { id: 'xlsx', label: 'exports.xlsx', file: 'export.xlsx' },
  { id: 'csv', label: 'exports.csv', file: 'export.csv' },
  { id: 'csv-comma', label: 'exports.csvComma', file: 'export.csv', query: { sep: 'comma' } },
  { id: 'report', label: 'exports.report', file: 'report.html', opensInTab: true },
  { id: 'pdf', label: 'exports.pdf', file: 'report.pdf' },
  { id: 'json', label: 'exports.json', file: 'export.json' },
];

export function exportUrl(sessionId: string, key: string, link: Pick<ExportLink, 'file' | 'query'>, lang: string): string {
  const params = new URLSearchParams(link.query);
  params.set('lang', lang);
  params.set('key', key);
  return `${routePath(exportEndpoint(link.file), { id: sessionId })}?${params}`;
}
