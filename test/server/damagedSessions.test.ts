// One stored session that cannot be replayed, or whose stored day is no date, is that session's problem only: the
// organiser list, the join look-up, the reports and the retention sweep keep working for every other session.
import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { joinAsFacilitator, Mirror, newId, type TestServer } from '../kit/testServer';
import { hashSecret } from '../../server/guards/auth';
import { sweepExpired } from '../../server/ops/retention';
import type { DomainEvent } from '../../shared/events';

const ADMIN_TOKEN = 'organiser-token-for-damaged-tests-0';
const asAdmin = { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } };

/** Appends an event the reducer cannot fold (an idea:added without its idea), as a fault or a hand edit would. */
async function unreplayable(server: TestServer): Promise<{ sessionId: string; facilitatorKey: string }> {
  const created = await server.createSession();
  const last = await server.store.lastSeq(created.sessionId);
  const broken = { type: 'idea:added' } as unknown as DomainEvent;
  await server.store.commit([{ sessionId: created.sessionId, events: [{ seq: last + 1, at: Date.now(), actor: 'facilitator', event: broken }], credentials: [] }]);
  return created;
}

/** A session stored with `*` as its day: what an erasure by string equality once made of a date. */
async function withoutDate(server: TestServer): Promise<{ sessionId: string; joinCode: string }> {
  const model = await server.createSession();
  const [first] = await server.store.events(model.sessionId, 0);
  const sessionId = newId();
  const joinCode = 'ZZ2ZZ3';
  const created = { id: sessionId, joinCode, facilitatorKeyHash: hashSecret(newId() + newId()), title: 'Uden dato', createdAt: Date.now(), status: 'active' as const };
  const event = { ...first!.event, sessionId, joinCode, date: '*' } as DomainEvent;
  await server.store.commit([{ sessionId, created, events: [{ ...first!, event }], credentials: [] }]);
  return { sessionId, joinCode };
}

describe('a session that cannot be read back', () => {
  it('is listed as damaged and refused alone; the list, the join look-up, the reports and the sweep work for the rest', async ({ startServer }) => {
    const server = await startServer({ adminToken: ADMIN_TOKEN });
    const fine = await server.createSession({ date: '2026-05-04' });
    const expired = await server.createSession({ date: '2020-01-01' });
    const { sessionId: broken, facilitatorKey } = await unreplayable(server);
    const undated = await withoutDate(server);
    const opened = await new Mirror(server.connect()).join({ role: 'facilitator', sessionId: broken, key: facilitatorKey });
    expect(opened.ok ? 'ok' : opened.code).toBe('damaged');

    const list = await fetch(`${server.url}/api/admin/sessions`, asAdmin);
    expect(list.status).toBe(200);
    const { sessions } = (await list.json()) as { sessions: { id: string; damaged?: boolean; deleteOn: string | null }[] };
    expect(sessions.find((s) => s.id === broken)).toMatchObject({ damaged: true });
    expect(sessions.find((s) => s.id === undated.sessionId)).toMatchObject({ deleteOn: null });
    expect(sessions.find((s) => s.id === fine.sessionId)?.damaged).toBeUndefined();

    expect((await fetch(`${server.url}/api/join/${fine.joinCode}`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/api/join/${undated.joinCode}`)).json()).toMatchObject({ deleteOn: null });
    for (const sessionId of [fine.sessionId, undated.sessionId]) {
      expect((await fetch(`${server.url}/api/sessions/${sessionId}/report.html`, asAdmin)).status).toBe(200);
    }
    expect((await fetch(`${server.url}/api/sessions/${broken}/report.html`, asAdmin)).status).toBe(500);

    const swept = await sweepExpired({ hub: server.server.hub, retentionDays: 90, now: () => Date.parse('2026-06-01T12:00:00Z'), disconnectSession: () => {} });
    expect(swept).toEqual([expired.sessionId]);
    const facilitator = await joinAsFacilitator(server, fine);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
  });
});
