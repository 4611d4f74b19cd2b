// The organiser's combined view of several workshops, always with the ADMIN_TOKEN as a bearer token.
import type { CombinedView } from '../../../shared/http/combined';
import { type CombinedFormat, combinedEndpoint } from '../../../shared/http/routes/admin';
import { bearer, requestFile, requestJson } from '../../net/http';

/** Fifty workshops make a large workbook or PDF: a longer wait than the other calls. */
const FILE_TIMEOUT_MS = 3 * 60_000;

const query = (ids: readonly string[], lang: 'da' | 'en') => `?ids=${ids.map(encodeURIComponent).join(',')}&lang=${lang}`;

export const seriesHttp = {
  view: (token: string, ids: readonly string[], lang: 'da' | 'en') => requestJson<CombinedView>(combinedEndpoint('json') + query(ids, lang), { headers: bearer(token) }),
  file: (token: string, ids: readonly string[], format: Exclude<CombinedFormat, 'json'>, lang: 'da' | 'en') =>
    requestFile(combinedEndpoint(format) + query(ids, lang), { headers: bearer(token) }, FILE_TIMEOUT_MS),
};
