// The organiser endpoints, always with the ADMIN_TOKEN as a bearer token.
import type { ConsoleLink, SessionList, StatusChanged } from '../../../shared/http/admin';
import { adminEndpoints } from '../../../shared/http/routes/admin';
import { routePath } from '../../../shared/http/routePath';
import type { SessionStatus } from '../../../shared/state';
import { bearer, jsonBody, requestFile, requestJson } from '../../net/http';
import { BACKUP_TIMEOUT_MS } from '../../tuning';

const TOKEN_KEY = 'ootb.adminToken';

/** sessionStorage: the token lives as long as the tab, never on disk for the next person at this computer. */
export const savedToken = () => sessionStorage.getItem(TOKEN_KEY) ?? '';
export const saveToken = (token: string) => (token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY));

export const adminHttp = {
  list: (token: string) => requestJson<SessionList>(adminEndpoints.sessions, { headers: bearer(token) }),
  setStatus: (token: string, id: string, status: SessionStatus) =>
    requestJson<StatusChanged>(routePath(adminEndpoints.session, { id }), jsonBody('PATCH', { status }, bearer(token))),
  remove: (token: string, id: string) => requestJson<null>(routePath(adminEndpoints.session, { id }), { method: 'DELETE', headers: bearer(token) }),
  consoleLink: (token: string, id: string) => requestJson<ConsoleLink>(routePath(adminEndpoints.consoleLink, { id }), { method: 'POST', headers: bearer(token) }),
  backup: (token: string) => requestFile(adminEndpoints.backup, { headers: bearer(token) }, BACKUP_TIMEOUT_MS),
};
