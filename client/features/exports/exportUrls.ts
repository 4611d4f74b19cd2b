// Download addresses of a session. No key ever goes into one: a click mints a single-use token with the key in a
// header and opens the address with that token (see docs/protocol.md).
import type { DownloadToken } from '../../../shared/http/exports';
import { downloadTokenEndpoint, exportEndpoint, type ExportFile } from '../../../shared/http/routes/exports';
import { routePath } from '../../../shared/http/routePath';
import type { StringKey } from '../../i18n';
import type { ClientAck } from '../../net/api';
import { bearer, jsonBody, requestJson } from '../../net/http';

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

/** The file's address without any credential: what the link shows; it opens only with a token added. */
export function exportUrl(sessionId: string, link: Pick<ExportLink, 'file' | 'query'>, lang: string, downloadToken?: string): string {
  const params = new URLSearchParams(link.query);
  params.set('lang', lang);
  if (downloadToken) params.set('download', downloadToken);
  return `${routePath(exportEndpoint(link.file), { id: sessionId })}?${params}`;
}

/** A token for one file, minted with the facilitator key (or the organiser's token) in the Authorization header. */
export function mintDownload(sessionId: string, accessKey: string, file: ExportFile): Promise<ClientAck<DownloadToken>> {
  return requestJson<DownloadToken>(routePath(downloadTokenEndpoint, { id: sessionId }), jsonBody('POST', { file }, bearer(accessKey)));
}
