// The organiser endpoints, always with the ADMIN_TOKEN as a bearer token.
import { bearer, requestFile, requestJson } from '../../net/http';

export type SessionStatus = 'active' | 'archived';

export interface ListedSession {
  id: string;
  title: string;
  date: string;
  joinCode: string;
  status: SessionStatus;
  createdAt: number;
  participants: number;
  ideas: number;
  votes: number;
  /** A stored event of it cannot be read: it can only be archived or deleted. */
  damaged?: boolean;
}

const TOKEN_KEY = 'ootb.adminToken';
/** sessionStorage: the token lives as long as the tab, never on disk for the next person at this computer. */
export const savedToken = () => sessionStorage.getItem(TOKEN_KEY) ?? '';
export const saveToken = (token: string) => (token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY));

export const adminApi = {
  list: (token: string) => requestJson<{ sessions: ListedSession[] }>('/api/admin/sessions', { headers: bearer(token) }),
  setStatus: (token: string, id: string, status: SessionStatus) =>
    requestJson<{ id: string; status: SessionStatus }>(`/api/admin/sessions/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      body: JSON.stringify({ status }),
    }),
  remove: (token: string, id: string) =>
    requestJson<null>(`/api/admin/sessions/${encodeURIComponent(id)}`, { method: 'DELETE', headers: bearer(token) }),
  /** A big database takes a while to copy and send: a longer wait than the other calls. */
  backup: (token: string) => requestFile('/api/admin/backup', { headers: bearer(token) }, 5 * 60_000),
};
