// Replacing the console's key and issuing or revoking the moderator link: the current key in the header.
import type { IssuedKey } from '../../../shared/http/keys';
import { keyEndpoints } from '../../../shared/http/routes/keys';
import { routePath } from '../../../shared/http/routePath';
import { bearer, requestJson } from '../../net/http';

export const keysHttp = {
  newFacilitatorKey: (id: string, key: string) => requestJson<IssuedKey>(routePath(keyEndpoints.facilitator, { id }), { method: 'POST', headers: bearer(key) }),
  newModeratorLink: (id: string, key: string) => requestJson<IssuedKey>(routePath(keyEndpoints.moderator, { id }), { method: 'POST', headers: bearer(key) }),
  revokeModeratorLink: (id: string, key: string) => requestJson<null>(routePath(keyEndpoints.moderator, { id }), { method: 'DELETE', headers: bearer(key) }),
};
