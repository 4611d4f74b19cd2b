// A session's keys from its console: a new facilitator key revokes the old one at once (and closes its sockets), and
// a revocable moderator link moderates ideas and questions, and nothing else.
import { describe, expect } from 'vitest';
import { mayRun, type Role } from '../../shared/access/permissions';
import { maySend } from '../../shared/commandRoles';
import { visibleIdeas } from '../../shared/board/selectors';
import type { CommandName } from '../../shared/contract';
import { it } from '../kit/server';
import { joinAsFacilitator, Mirror, newId, type TestServer } from '../kit/testServer';
import { talkRoom } from '../kit/talk';
import type { Created } from '../kit/mirror';
import { fetchExport } from '../kit/workshops';

const ADMIN_TOKEN = 'organiser-token-for-the-keys-test-0123';

async function issue(server: TestServer, created: Created, role: 'facilitator' | 'moderator', key = created.facilitatorKey) {
  const res = await fetch(`${server.url}/api/sessions/${created.sessionId}/keys/${role}`, { method: 'POST', headers: { authorization: `Bearer ${key}` } });
  return { status: res.status, ...((res.ok ? await res.json() : {}) as { key?: string; path?: string }) };
}

async function joinWith(server: TestServer, created: Created, role: 'facilitator' | 'moderator', key: string) {
  const mirror = new Mirror(server.connect());
  return { mirror, ack: await mirror.join({ role, sessionId: created.sessionId, key }) };
}

const closed = (mirror: Mirror) => mirror.until((m) => !m.socket.connected);

describe('a new facilitator key', () => {
  it('refuses the old key at once, closes its sockets, and the new key opens the console', async ({ server, workshop }) => {
    const console1 = await joinAsFacilitator(server, workshop);
    const issued = await issue(server, workshop, 'facilitator');
    expect(issued.status).toBe(200);
    expect(issued.path).toBe(`/f/${workshop.sessionId}#key=${issued.key}`);
    await closed(console1);
    expect((await joinWith(server, workshop, 'facilitator', workshop.facilitatorKey)).ack).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await fetchExport(server.url, workshop.sessionId, workshop.facilitatorKey, 'export.csv')).status).toBe(403);
    expect((await joinWith(server, workshop, 'facilitator', issued.key!)).ack).toMatchObject({ ok: true });
    expect((await fetchExport(server.url, workshop.sessionId, issued.key!, 'export.csv')).status).toBe(200);
    // Only the current key may ask for another.
    expect((await issue(server, workshop, 'facilitator')).status).toBe(403);
  });
});

describe("the organiser's link", () => {
  it.override('serverOptions', { adminToken: ADMIN_TOKEN });
  it('is revoked with the facilitator key it was derived from', async ({ server, workshop }) => {
    const link = await fetch(`${server.url}/api/admin/sessions/${workshop.sessionId}/console-link`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const organiserKey = ((await link.json()) as { path: string }).path.split('#key=')[1]!;
    const organiser = await joinWith(server, workshop, 'facilitator', organiserKey);
    expect(organiser.ack.ok).toBe(true);
    expect((await issue(server, workshop, 'facilitator')).status).toBe(200);
    await closed(organiser.mirror);
    expect((await joinWith(server, workshop, 'facilitator', organiserKey)).ack).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('the moderator link', () => {
  it('opens a moderator screen that sees what waits for approval; revoking closes it and refuses it', async ({ server, workshop, facilitator, joinPhone }) => {
    const anna = await joinPhone('Anna');
    expect((await facilitator.socket.emitWithAck('board:settings', { requireApproval: true })).ok).toBe(true);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    expect((await joinWith(server, workshop, 'moderator', 'no-moderator-key-yet-0123456789')).ack).toMatchObject({ ok: false, code: 'forbidden' });
    const issued = await issue(server, workshop, 'moderator');
    expect(issued.path).toBe(`/m/${workshop.sessionId}#key=${issued.key}`);
    const { mirror: moderator, ack } = await joinWith(server, workshop, 'moderator', issued.key!);
    expect(ack).toMatchObject({ ok: true, data: { actor: { role: 'moderator' } } });
    const id = newId();
    expect((await anna.socket.emitWithAck('idea:add', { id, sector: 'civil', text: 'Venter på godkendelse' })).ok).toBe(true);
    await moderator.until((m) => m.state!.board.ideas.some((idea) => idea.id === id && idea.pending));
    expect(await moderator.socket.emitWithAck('idea:review', { ids: [id], decision: 'reject' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await moderator.socket.emitWithAck('idea:review', { ids: [id], decision: 'approve' })).toMatchObject({ ok: true });
    await anna.until((m) => m.state!.board.ideas.some((idea) => idea.id === id && !idea.pending));
    // Exports and keys are not the moderator's.
    expect((await fetchExport(server.url, workshop.sessionId, issued.key!, 'export.csv')).status).toBe(403);
    expect((await issue(server, workshop, 'moderator', issued.key)).status).toBe(403);

    const revoked = await fetch(`${server.url}/api/sessions/${workshop.sessionId}/keys/moderator`, { method: 'DELETE', headers: { authorization: `Bearer ${workshop.facilitatorKey}` } });
    expect(revoked.status).toBe(204);
    await closed(moderator);
    expect((await joinWith(server, workshop, 'moderator', issued.key!)).ack).toMatchObject({ ok: false, code: 'forbidden' });
    expect(facilitator.socket.connected).toBe(true);
  });

  it('moderates ideas and questions: hide, merge, approve and highlight reach the other screens', async ({ server }) => {
    const { created, facilitator, projector, phones, talk } = await talkRoom(server, 1);
    const moderator = (await joinWith(server, created, 'moderator', (await issue(server, created, 'moderator')).key!)).mirror;
    expect((await facilitator.socket.emitWithAck('question:settings', { requireApproval: true })).ok).toBe(true);
    const questionId = newId();
    expect((await phones[0]!.socket.emitWithAck('question:ask', { id: questionId, itemId: talk.id, text: 'Hvem betaler?' })).ok).toBe(true);
    expect(await moderator.socket.emitWithAck('question:moderate', { questionId, approved: true, highlighted: true })).toMatchObject({ ok: true });
    await projector.until((m) => m.state!.questions.highlightedId === questionId);
    const [a, b] = [newId(), newId()];
    for (const id of [a, b]) expect((await facilitator.socket.emitWithAck('idea:add', { id, sector: 'market', text: `Idé ${id}` })).ok).toBe(true);
    expect(await moderator.socket.emitWithAck('idea:merge', { sourceId: a, targetId: b })).toMatchObject({ ok: true });
    expect(await moderator.socket.emitWithAck('idea:hide', { id: b, hidden: true })).toMatchObject({ ok: true });
    await projector.until((m) => !visibleIdeas(m.state!.board, null).some((idea) => idea.id === a || idea.id === b));
    await moderator.until((m) => m.state!.board.ideas.some((idea) => idea.id === b && idea.hidden));
  });
});

/** A payload the command cannot accept: a role allowed to send it hears about the payload, any other only `forbidden`. */
const roles: Role[] = ['moderator', 'participant', 'projector'];

describe('every command, for every role that is not the facilitator', () => {
  it('answers forbidden before reading the payload when the role may not send it, and nothing is stored', async ({ server, workshop, joinPhone }) => {
    const phone = await joinPhone('Anna');
    const moderatorKey = (await issue(server, workshop, 'moderator')).key!;
    // A fresh screen for every few commands: a socket's own command budget is not what this test is about.
    const screen = async (role: Role): Promise<Mirror> => {
      const mirror = new Mirror(server.connect());
      const ack = await mirror.join(
        role === 'moderator'
          ? { role, sessionId: workshop.sessionId, key: moderatorKey }
          : role === 'projector'
            ? { role, joinCode: workshop.joinCode }
            : { role: 'participant', joinCode: workshop.joinCode, ...phone.credentials },
      );
      expect(ack.ok).toBe(true);
      return mirror;
    };
    const seq = server.server.hub.state(workshop.sessionId)!.seq;
    const names = Object.keys(maySend) as CommandName[];
    for (const role of roles) {
      for (let from = 0; from < names.length; from += 20) {
        const sender = await screen(role);
        for (const name of names.slice(from, from + 20)) {
          const ack = await sender.socket.emitWithAck(name, { malformed: true } as never);
          const allowed = mayRun(role, name);
          expect(ack, `${name} from the ${role}`).toMatchObject({ ok: false, code: allowed ? 'invalid_payload' : 'forbidden' });
        }
        sender.socket.disconnect();
      }
    }
    expect(server.server.hub.state(workshop.sessionId)!.seq).toBe(seq);
  });
});
