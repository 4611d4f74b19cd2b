// Storing a new session and answering with its addresses: shared by "new", "from template" and "import".
import type { Request } from 'express';
import { customAlphabet, nanoid } from 'nanoid';
import type { CreatedSession } from '../../shared/http/sessions';
import { facilitatorPath, joinUrl, projectorPath } from '../../shared/links';
import { joinCodeAlphabet } from '../../shared/schemas';
import type { SessionCreated } from '../../shared/session/events';
import { hashSecret } from '../guards/auth';
import type { SessionHub } from '../session/hub';
import { baseUrl } from './baseUrl';
import type { CreationBudget } from './creationBudget';

const newJoinCode = customAlphabet(joinCodeAlphabet, 6);

export interface NewSessionDeps {
  hub: SessionHub;
  now: () => number;
  publicUrl: string | undefined;
  creationBudget: CreationBudget;
}

/** Makes the ids, lets `build` write the first event, stores it, and returns the 201 body. */
export async function startSession(
  deps: NewSessionDeps,
  req: Request,
  build: (ids: { sessionId: string; joinCode: string; at: number }) => SessionCreated,
): Promise<CreatedSession> {
  const sessionId = nanoid();
  const facilitatorKey = nanoid(32);
  let joinCode = newJoinCode();
  while (await deps.hub.records.ofJoinCode(joinCode)) joinCode = newJoinCode();
  const at = deps.now();
  const created = build({ sessionId, joinCode, at });
  const reserved = await deps.creationBudget.take(req.ip ?? '', Buffer.byteLength(JSON.stringify(created)));
  const first = { seq: 1, at, actor: 'facilitator', event: created };
  try {
    await deps.hub.create(
      { id: sessionId, joinCode, facilitatorKeyHash: hashSecret(facilitatorKey), title: created.title, createdAt: at, status: 'active' },
      first,
    );
  } catch (error) {
    await reserved.refund();
    throw error;
  }
  const base = baseUrl(req, deps.publicUrl);
  return {
    sessionId,
    joinCode,
    facilitatorKey,
    joinUrl: joinUrl(base, joinCode),
    facilitatorUrl: `${base}${facilitatorPath(sessionId, facilitatorKey)}`,
    projectorUrl: `${base}${projectorPath(joinCode)}`,
  };
}
