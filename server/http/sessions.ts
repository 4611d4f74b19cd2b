// Creating a session and reading it over HTTP; the live traffic is on the socket.
import { Router } from 'express';
import { nanoid } from 'nanoid';
import QRCode from 'qrcode';
import { DomainError, fail } from '../../shared/errors';
import { sessionEndpoints } from '../../shared/http/routes/sessions';
import { type CreatedSession, createSessionRequestSchema, type JoinLookup, type SessionAnswer } from '../../shared/http/sessions';
import { joinUrl } from '../../shared/links';
import { ownValue } from '../../shared/records';
import { joinCodeSchema, idSchema } from '../../shared/schemas';
import { createFromTemplate } from '../../shared/session/create';
import { deletionDate } from '../../shared/session/retention';
import { outOfTheBox, templates } from '../../shared/templates/outOfTheBox';
import { zonedDate } from '../../shared/time';
import { opensConsole } from '../access/sessionKeys';
import { bearerToken, isAdminToken } from '../guards/auth';
import { countIfUnknown, type FailureLimiter, requireKnownCode } from '../guards/joinCodes';
import { type NewSessionDeps, startSession } from './newSession';
import type { KeyAttempts } from '../guards/keyAttempts';
import { baseUrl } from './baseUrl';

export interface SessionRouteDeps extends NewSessionDeps {
  adminToken: string | undefined;
  joinLimiter: FailureLimiter;
  keyAttempts: KeyAttempts;
  /** RETENTION_DAYS, so the join page can say when the workshop is deleted; 0 keeps it for ever. */
  retentionDays?: number;
}

export function sessionRoutes(deps: SessionRouteDeps): Router {
  const { hub } = deps;
  const router = Router();

  router.post(sessionEndpoints.create, async (req, res) => {
    const body = createSessionRequestSchema.parse(req.body ?? {});
    const template = ownValue(templates, body.template ?? outOfTheBox.key) ?? fail('not_found', 'No such template');
    const answer = await startSession(deps, req, ({ sessionId, joinCode, at }) =>
      createFromTemplate(template, {
        sessionId,
        joinCode,
        date: body.date ?? zonedDate(at),
        newId: nanoid,
        ...(body.title ? { title: body.title } : {}),
      }),
    );
    res.status(201).json(answer satisfies CreatedSession);
  });

  router.get(sessionEndpoints.session, async (req, res) => {
    const sessionId = idSchema.parse(req.params.id);
    await requireSessionAccess(deps, sessionId, bearerToken(req.get('authorization')), req.ip ?? '');
    const state = await hub.requireState(sessionId);
    res.json({ state, joinUrl: joinUrl(baseUrl(req, deps.publicUrl), state.joinCode) } satisfies SessionAnswer);
  });

  router.get(sessionEndpoints.joinLookup, async (req, res) => {
    const record = await lookUpJoinCode(deps, req.params.code, req.ip ?? '');
    // The facilitator may have renamed the workshop since it was created; a damaged one shows its stored title.
    const state = await deps.hub.peek(record.id).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'damaged') return undefined;
      throw error;
    });
    const deleteOn = state?.date ? deletionDate(state.date, deps.retentionDays ?? 0) : null;
    res.json({ title: state?.title ?? record.title, deleteOn } satisfies JoinLookup);
  });

  router.get(sessionEndpoints.joinQr, async (req, res) => {
    const record = await lookUpJoinCode(deps, req.params.code, req.ip ?? '');
    const svg = await QRCode.toString(joinUrl(baseUrl(req, deps.publicUrl), record.joinCode), {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    // Built from the request's Host unless PUBLIC_URL is set: such an answer must not sit in a shared cache, where
    // one request with a forged Host would hand every later phone a code pointing elsewhere.
    res.type('image/svg+xml').set('Cache-Control', deps.publicUrl ? 'public, max-age=3600' : 'no-store').send(svg);
  });

  return router;
}

/** The title for the join page the server renders (server/http/joinPage.ts); a wrong code costs as on the API. */
export async function joinTitleOf(deps: Pick<SessionRouteDeps, 'hub' | 'joinLimiter'>, joinCode: string, ip: string): Promise<string | undefined> {
  return (await countIfUnknown(await deps.hub.records.ofJoinCode(joinCode), deps.joinLimiter, ip))?.title;
}

async function lookUpJoinCode(deps: SessionRouteDeps, rawCode: string, ip: string) {
  const parsed = joinCodeSchema.safeParse(rawCode);
  const record = parsed.success ? await deps.hub.records.ofJoinCode(parsed.data) : undefined;
  return requireKnownCode(record, deps.joinLimiter, ip);
}

/** The facilitator key of this session (or the organiser's key to it), or the organiser's ADMIN_TOKEN in a header. */
export async function requireSessionAccess(deps: SessionRouteDeps, sessionId: string, token: string | undefined, address: string): Promise<void> {
  const record = await deps.hub.records.ofSession(sessionId);
  if (!token) fail('not_joined', 'Missing Authorization: Bearer key');
  if (record && isAdminToken(token, deps.adminToken)) return;
  if (!record || !opensConsole(token, record, deps.adminToken)) await deps.keyAttempts.refuse(address, 'Wrong key for this session');
}
