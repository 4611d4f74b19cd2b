// The organiser's view of every session on this server; all of it behind ADMIN_TOKEN.
import { Router } from 'express';
import { DomainError, fail } from '../../shared/errors';
import { adminEndpoints } from '../../shared/http/routes/admin';
import { type ConsoleLink, type ListedSession, type SessionList, statusChangeSchema, type StatusChanged } from '../../shared/http/admin';
import { facilitatorPath } from '../../shared/links';
import { idSchema } from '../../shared/schemas';
import { organiserKey } from '../access/sessionKeys';
import { deletionDate } from '../../shared/session/retention';
import type { SessionHub } from '../session/hub';
import type { KeyAttempts } from '../guards/keyAttempts';
import { requireAdmin } from './access';

export interface AdminRouteDeps {
  hub: SessionHub;
  adminToken: string | undefined;
  keyAttempts: KeyAttempts;
  /** Tells the open screens of a deleted session that it ended, and closes their connections. */
  disconnectSession: (sessionId: string) => void;
  now: () => number;
  /** RETENTION_DAYS: each listed session says the day it will be deleted. */
  retentionDays: number;
}

/**
 * A session with an event that cannot be read or replayed reads as damaged (so it can be listed and deleted); the
 * others as usual. Only a failure of the store itself (`unavailable`, …) fails the whole answer.
 */
async function orDamaged<T>(sessionId: string, read: () => Promise<T>): Promise<T | 'damaged'> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DomainError && error.code !== 'damaged') throw error;
    if (!(error instanceof DomainError)) console.error(`session ${sessionId} cannot be listed:`, error instanceof Error ? error.message : 'unknown error');
    return 'damaged';
  }
}

export function adminRoutes(deps: AdminRouteDeps): Router {
  const { hub } = deps;
  const router = Router();
  router.use(adminEndpoints.sessions, async (req, _res, next) => {
    await requireAdmin(req, deps.adminToken, deps.keyAttempts);
    next();
  });

  // From memory or the stored list rows (see SessionHub.listing): never a replay of the histories.
  router.get(adminEndpoints.sessions, async (_req, res) => {
    const { records, listings } = await hub.records.all();
    const rows = await Promise.all(records.map(async (record) => ({ record, listing: await orDamaged(record.id, () => hub.listing(record.id, listings.get(record.id))) })));
    const sessions = rows.flatMap(({ record, listing }): ListedSession[] => {
      if (listing === 'damaged') {
        const { id, joinCode, status, createdAt, title } = record;
        return [{ id, title, date: '', joinCode, status, createdAt, participants: 0, ideas: 0, votes: 0, deleteOn: null, damaged: true }];
      }
      if (!listing) return [];
      const { title, date, participants, ideas, votes } = listing;
      return [{ id: record.id, title, date, joinCode: record.joinCode, status: record.status, createdAt: record.createdAt, participants, ideas, votes, deleteOn: deletionDate(date, deps.retentionDays) }];
    });
    res.json({ sessions } satisfies SessionList);
  });

  router.patch(adminEndpoints.session, async (req, res) => {
    const sessionId = idSchema.parse(req.params.id);
    const { status } = statusChangeSchema.parse(req.body ?? {});
    if (!(await hub.records.ofSession(sessionId))) fail('not_found', 'No such session');
    // As an event too, so every open screen turns read-only (or writable again) at once; a damaged session has no
    // screens and takes no events, so only its listed status changes.
    const state = await orDamaged(sessionId, () => hub.load(sessionId));
    if (state && state !== 'damaged' && state.status !== status) {
      await hub.append(sessionId, 'organiser', [{ type: 'session:statusChanged', status }], deps.now());
    }
    await hub.records.setStatus(sessionId, status);
    res.json({ id: sessionId, status } satisfies StatusChanged);
  });

  // The organiser opens a console with that session's own key: a link copied from there opens nothing else.
  router.post(adminEndpoints.consoleLink, async (req, res) => {
    const adminToken = await requireAdmin(req, deps.adminToken, deps.keyAttempts);
    const record = (await hub.records.ofSession(idSchema.parse(req.params.id))) ?? fail('not_found', 'No such session');
    res.set('Cache-Control', 'no-store').json({ path: facilitatorPath(record.id, organiserKey(adminToken, record)) } satisfies ConsoleLink);
  });

  router.delete(adminEndpoints.session, async (req, res) => {
    const sessionId = idSchema.parse(req.params.id);
    if (!(await hub.records.ofSession(sessionId))) fail('not_found', 'No such session');
    await hub.remove(sessionId);
    deps.disconnectSession(sessionId);
    res.status(204).end();
  });

  return router;
}
