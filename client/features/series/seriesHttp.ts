// The organiser's combined view of several workshops, always with the ADMIN_TOKEN as a bearer token.
import type { CombinedView } from '../../../shared/http/combined';
import { type CombinedFormat, combinedEndpoint } from '../../../shared/http/routes/admin';
import { bearer, requestFile, requestJson } from '../../net/http';
import { SERIES_FILE_TIMEOUT_MS } from '../../tuning';


const query = (ids: readonly string[], lang: 'da' | 'en') => `?ids=${ids.map(encodeURIComponent).join(',')}&lang=${lang}`;

export const seriesHttp = {
  view: (token: string, ids: readonly string[], lang: 'da' | 'en') => requestJson<CombinedView>(combinedEndpoint('json') + query(ids, lang), { headers: bearer(token) }),
  file: (token: string, ids: readonly string[], format: Exclude<CombinedFormat, 'json'>, lang: 'da' | 'en') =>
    requestFile(combinedEndpoint(format) + query(ids, lang), { headers: bearer(token) }, SERIES_FILE_TIMEOUT_MS),
};
