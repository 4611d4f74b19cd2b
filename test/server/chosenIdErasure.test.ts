// "Glem mig" when the phone chose its id to equal something else the session stores: a field name, a phase, an
// agenda item's id, the date, a time. Every such value is taken from a real filled state, not from a list.
import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { fullDay, ok } from '../kit/fullDay';
import { newId } from '../kit/mirror';
import { Mirror, type Created, type TestServer } from '../kit/testServer';
import { statePlaces } from '../../shared/eventKinds/people';
import { naming } from '../../shared/eventKinds/visitors';
import { idSchema } from '../../shared/schemas';
import { isReservedParticipantId } from '../../shared/session/participantIds';
import type { SequencedEvent } from '../../shared/events';
import type { SessionState } from '../../shared/state';
import { sweepExpired } from '../../server/ops/retention';

const ADMIN_TOKEN = 'organiser-token-for-chosen-ids-000';

/** Every key and every string anywhere in the value, and with `numbers` every number as text (times, counts). */
function keysAndValues(value: unknown, numbers = false, into = new Set<string>()): Set<string> {
  if (typeof value === 'string' || (numbers && typeof value === 'number')) into.add(String(value));
  else if (Array.isArray(value)) for (const inner of value) keysAndValues(inner, numbers, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysAndValues(inner, numbers, into);
    }
  }
  return into;
}

/** Who the state holds in the places that hold a participant. */
function participantsIn(state: SessionState): Set<string> {
  const found = new Set<string>();
  statePlaces(naming(found), state);
  return found;
}

/**
 * What a phone could choose as its id to collide with what the session stores (its state and its log): whatever
 * the id schema accepts and nobody owns.
 */
function chosenIds(state: SessionState, log: readonly SequencedEvent[]): string[] {
  const owned = participantsIn(state);
  return [...keysAndValues([state, log], true)].filter((v) => idSchema.safeParse(v).success && !owned.has(v) && !isReservedParticipantId(v)).sort();
}

/** Joins under `participantId`, leaves a trace in every place that can hold a participant, then chooses "Glem mig". */
async function takePartAndForget(server: TestServer, created: Created, ids: Awaited<ReturnType<typeof fullDay>>['ids'], participantId: string) {
  const phone = new Mirror(server.connect());
  const joined = await phone.join({ role: 'participant', joinCode: created.joinCode, participantId, secret: newId() + newId(), name: participantId });
  expect(joined.ok ? 'ok' : joined.code, participantId).toBe('ok');
  await ok(phone.socket.emitWithAck('vote:cast', { ideaId: ids.top }));
  await ok(phone.socket.emitWithAck('question:upvote', { questionId: ids.question }));
  await ok(phone.socket.emitWithAck('question:ask', { id: newId(), itemId: ids.talk, text: 'Et spørgsmål' }));
  await ok(phone.socket.emitWithAck('poll:answer', { pollId: ids.poll, choices: [0] }));
  await ok(phone.socket.emitWithAck('participant:rename', { name: `${participantId} igen` }));
  await ok(phone.socket.emitWithAck('participant:forget', {}));
  phone.socket.disconnect();
}

/** What the organiser, a phone with the code and the retention sweep see of the server: all must still work. */
async function serverStillWorks(server: TestServer, created: Created) {
  const list = await fetch(`${server.url}/api/admin/sessions`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(list.status).toBe(200);
  const { sessions } = (await list.json()) as { sessions: { id: string; damaged?: boolean; joinCode: string; date: string }[] };
  expect(sessions.find((s) => s.id === created.sessionId)).toMatchObject({ joinCode: created.joinCode, date: '2026-05-04' });
  expect(sessions.some((s) => s.damaged)).toBe(false);
  const lookup = await fetch(`${server.url}/api/join/${created.joinCode}`);
  expect(lookup.status).toBe(200);
  const report = await fetch(`${server.url}/api/sessions/${created.sessionId}/report.html`, { headers: { authorization: `Bearer ${created.facilitatorKey}` } });
  expect(report.status).toBe(200);
  expect(await report.text()).toContain('Lektiecafé');
}

describe('"Glem mig" under an id the phone chose', () => {
  it('changes nothing but the forgotten person, for every key and value the state holds, after a reload and a restart', async ({ startServer }) => {
    let server = await startServer({ adminToken: ADMIN_TOKEN });
    const expired = await server.createSession({ date: '2020-01-01' });
    const { created, facilitator, ids } = await fullDay(server);
    const hub = () => server.server.hub;
    await hub().flushed();
    const candidates = chosenIds(facilitator.state!, await server.store.events(created.sessionId, 0));
    // The kinds the state holds are all among them: field names, a phase, the date, agenda items, ideas, times.
    for (const kind of ['participants', 'authorId', 'joinCode', 'collecting', 'dotsPerParticipant', '2026-05-04', ids.talk, ids.top, created.sessionId]) {
      expect(candidates).toContain(kind);
    }
    expect(candidates.some((c) => /^\d{13}$/.test(c))).toBe(true);
    for (const participantId of candidates) {
      const before = structuredClone(hub().current(created.sessionId));
      await takePartAndForget(server, created, ids, participantId);
      await hub().flushed();
      const live = structuredClone(hub().current(created.sessionId));
      // Read back from the store, as after idle minutes or on another node.
      expect(hub().evictIdle(0, () => false, Date.now())).toContain(created.sessionId);
      const reloaded = await hub().requireState(created.sessionId);
      expect(reloaded, participantId).toEqual(live);
      expect(participantsIn(reloaded).has(participantId), participantId).toBe(false);
      expect(reloaded.participants, participantId).toEqual(before.participants);
      // Every key and text the state held before is still there (the counts under OTHERS grew).
      const kept = keysAndValues(reloaded);
      for (const value of keysAndValues(before)) expect(kept.has(value), `${participantId}: ${value}`).toBe(true);
    }
    await serverStillWorks(server, created);
    const state = structuredClone(hub().current(created.sessionId));
    await server.close();
    server = await startServer({ dataDir: server.dataDir, adminToken: ADMIN_TOKEN });
    expect(await hub().requireState(created.sessionId)).toEqual(state);
    await serverStillWorks(server, created);
    const swept = await sweepExpired({ hub: hub(), retentionDays: 90, now: () => Date.parse('2026-06-01T12:00:00Z'), disconnectSession: () => {} });
    expect(swept).toEqual([expired.sessionId]);
  }, 120_000);

  it.for(['facilitator', 'projector', 'Facilitator', 'organiser', 'PROJECTOR'])('refuses %s as a participant id with reserved_id', async (participantId, { server, workshop }) => {
    const phone = new Mirror(server.connect());
    const ack = await phone.join({ role: 'participant', joinCode: workshop.joinCode, participantId, secret: newId() + newId(), name: 'Rolle' });
    expect(ack.ok ? 'ok' : ack.code).toBe('reserved_id');
  });
});
