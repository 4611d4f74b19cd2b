// New workshops: a blank one, one from a built-in template, one from a JSON export.
import type { ImportQuery, TemplateList } from '../../../shared/http/imports';
import { importEndpoints } from '../../../shared/http/routes/imports';
import { sessionEndpoints } from '../../../shared/http/routes/sessions';
import type { CreatedSession, CreateSessionRequest } from '../../../shared/http/sessions';
import { jsonBody, requestJson } from '../../net/http';

export const newWorkshopHttp = {
  create: (request: CreateSessionRequest = {}) => requestJson<CreatedSession>(sessionEndpoints.create, jsonBody('POST', request)),
  templates: () => requestJson<TemplateList>(importEndpoints.templates),
  /** `documentText` is the JSON export as read from the file, sent as it is. */
  import: (documentText: string, query: ImportQuery) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, value);
    return requestJson<CreatedSession>(`${importEndpoints.import}?${params}`, jsonBody('POST', documentText));
  },
};
