// The console replaces its own key or issues and revokes the moderator link; exports, keys and links are the
// facilitator's (or the organiser's), never the moderator's: a moderator key opens no HTTP route.
import { Router } from 'express';
import type { IssuedKey } from '../../shared/http/keys';
import { keyEndpoints } from '../../shared/http/routes/keys';
import { facilitatorPath, moderatorPath } from '../../shared/links';
import { idSchema } from '../../shared/schemas';
import type { SessionKeyChanges } from '../access/sessionKeyChanges';
import { bearerToken } from '../guards/auth';
import { requireSessionAccess, type SessionRouteDeps } from './sessions';

export function keyRoutes(deps: SessionRouteDeps & { keyChanges: SessionKeyChanges }): Router {
  const router = Router();
  const authorised = async (req: Parameters<Parameters<typeof router.post>[1]>[0]) => {
    const sessionId = idSchema.parse(req.params.id);
    await requireSessionAccess(deps, sessionId, bearerToken(req.get('authorization')), req.ip ?? '');
    return sessionId;
  };

  router.post(keyEndpoints.facilitator, async (req, res) => {
    const sessionId = await authorised(req);
    const key = await deps.keyChanges.replace(sessionId, 'facilitator');
    res.set('Cache-Control', 'no-store').json({ key, path: facilitatorPath(sessionId, key) } satisfies IssuedKey);
  });

  router.post(keyEndpoints.moderator, async (req, res) => {
    const sessionId = await authorised(req);
    const key = await deps.keyChanges.replace(sessionId, 'moderator');
    res.set('Cache-Control', 'no-store').json({ key, path: moderatorPath(sessionId, key) } satisfies IssuedKey);
  });

  router.delete(keyEndpoints.moderator, async (req, res) => {
    await deps.keyChanges.revokeModerator(await authorised(req));
    res.status(204).end();
  });
  return router;
}
