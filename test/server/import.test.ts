import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigWorkshop } from '../../bench/exports';
import { type SessionDocument, toDocument } from '../../shared/export/sessionDocument';
import { boardLimits, IMPORT_MAX_BYTES } from '../../shared/limits';
import { joinAsFacilitator, startServer, type Created, type TestServer } from '../kit/testServer';
import { seedWorkshop, trickyTexts } from '../kit/workshop';
import { fetchExport } from '../kit/workshops';

let server: TestServer;
let workshop: Awaited<ReturnType<typeof seedWorkshop>>;
let exported: SessionDocument;

beforeAll(async () => {
  server = await startServer();
  workshop = await seedWorkshop(server);
  exported = await exportJson(workshop.created);
});
afterAll(async () => {
  await server.close();
});

async function exportJson(created: Created): Promise<SessionDocument> {
  const res = await fetchExport(server.url, created.sessionId, created.facilitatorKey, `export.json?identified=1`);
  expect(res.status).toBe(200);
  return (await res.json()) as SessionDocument;
}

function importDoc(body: string | object, query = '', contentType = 'application/json') {
  return fetch(`${server.url}/api/sessions/import${query}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const sessionCount = async () => (await server.store.listSessions()).length;

/** Ids become their position and times are dropped: what must survive a round trip is everything else. */
function withoutIdsAndTimes(doc: SessionDocument) {
  const index = new Map<string, string>();
  const name = (id: string | null) => (id === null ? null : (index.get(id) ?? index.set(id, `#${index.size}`).get(id)));
  return {
    title: doc.session.title,
    date: doc.session.date,
    participants: doc.participants.map((p) => ({ id: name(p.id), name: p.name })),
    agenda: doc.agenda.items.map(({ id, kind, title, speaker, note }) => ({ id: name(id), kind, title, speaker, note })),
    mode: doc.agenda.mode,
    board: {
      phase: doc.board.phase,
      settings: doc.board.settings,
      groups: doc.board.groups.map((g) => ({ ...g, id: name(g.id) })),
      ideas: doc.board.ideas.map(({ createdAt: _c, updatedAt: _u, ...idea }) => ({
        ...idea,
        id: name(idea.id),
        authorId: name(idea.authorId),
        groupId: name(idea.groupId),
      })),
    },
    votes: doc.votes.map((v) => ({ ...v, participantId: name(v.participantId), ideaId: name(v.ideaId) })),
  };
}

describe('import of a JSON export', () => {
  it('makes a new session whose export equals the original apart from ids and times', async () => {
    const res = await importDoc(exported);
    expect(res.status).toBe(201);
    const created = (await res.json()) as Created;
    expect(created.sessionId).not.toBe(workshop.created.sessionId);
    expect(created.joinCode).not.toBe(workshop.created.joinCode);
    const again = await exportJson(created);
    expect(withoutIdsAndTimes(again)).toEqual(withoutIdsAndTimes(exported));
    expect(again.board.ideas.map((i) => i.id)).not.toContain(exported.board.ideas[0]!.id);
    expect(again.board.ideas.map((i) => i.text)).toContain(trickyTexts.public);
    expect(again.agenda.items.every((item) => item.actualStart === null)).toBe(true);
  });

  it('takes the programme only, moved to a new day, when asked', async () => {
    const res = await importDoc(exported, '?mode=programme&date=2027-03-04&title=Opfølgning%20på%20Ærø');
    expect(res.status).toBe(201);
    const facilitator = await joinAsFacilitator(server, (await res.json()) as Created);
    const state = facilitator.state!;
    expect(state.title).toBe('Opfølgning på Ærø');
    expect(state.date).toBe('2027-03-04');
    expect(state.board.ideas).toEqual([]);
    expect(state.participants).toEqual({});
    expect(state.agenda.items.map((i) => i.title)).toEqual(exported.agenda.items.map((i) => i.title));
    // 10.00 in Copenhagen on the new day (winter time, UTC+1).
    expect(new Date(state.agenda.items[0]!.start).toISOString()).toBe('2027-03-04T09:00:00.000Z');
  });

  it(`re-imports the pretty-printed export of a full board (${boardLimits.ideasPerBoard} ideas), and refuses one more`, async () => {
    const big = JSON.stringify(toDocument(bigWorkshop(boardLimits.ideasPerBoard), Date.now()), null, 2);
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
    const res = await importDoc(big);
    expect(res.status).toBe(201);
    const again = await exportJson((await res.json()) as Created);
    expect(again.board.ideas).toHaveLength(boardLimits.ideasPerBoard);
    expect(again.votes).toHaveLength(1_500);
    const tooMany = await importDoc(JSON.stringify(toDocument(bigWorkshop(boardLimits.ideasPerBoard + 1), Date.now())));
    expect(tooMany.status).toBe(413);
  });

  it('lets an imported facilitator keep working: the board is live', async () => {
    const created = (await (await importDoc(exported)).json()) as Created;
    const facilitator = await joinAsFacilitator(server, created);
    const ack = await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    expect(ack.ok).toBe(true);
  });
});

describe('a bad import is refused with a typed error and creates nothing', () => {
  const broken = (change: (doc: SessionDocument) => void): SessionDocument => {
    const doc = structuredClone(exported);
    change(doc);
    return doc;
  };
  it.each([
    ['not JSON', () => importDoc('this is { not json'), 400, 'invalid_payload', /JSON/],
    ['not sent as JSON', () => importDoc(JSON.stringify(exported), '', 'text/plain'), 400, 'invalid_payload', /JSON/],
    ['another schema version', () => importDoc({ ...exported, schemaVersion: 3 }), 400, 'invalid_payload', /schemaVersion 3/],
    ['no schema version', () => importDoc({ hello: 'world' }), 400, 'invalid_payload', /schemaVersion missing/],
    [
      'a vote for a missing idea',
      () => importDoc(broken((d) => d.votes.push({ participantId: d.participants[0]!.id, ideaId: 'missing-idea-1', dots: 1 }))),
      400,
      'invalid_payload',
      /missing idea missing-idea-1/,
    ],
    [
      'an idea in an unknown sector',
      () => importDoc(broken((d) => Object.assign(d.board.ideas[0]!, { sector: 'church' }))),
      400,
      'invalid_payload',
      /sector/,
    ],
    [
      'an idea in a group of another sector',
      () => importDoc(broken((d) => Object.assign(d.board.ideas[0]!, { sector: 'market', gains: [] }))),
      400,
      'invalid_payload',
      /group of another sector/,
    ],
    ['a bad mode', () => importDoc(exported, '?mode=everything'), 400, 'invalid_payload', /mode/],
    ['too large', () => importDoc(`{"schemaVersion":1,"pad":"${'x'.repeat(IMPORT_MAX_BYTES)}"}`), 413, 'too_large', /too large/],
    [
      'over the limit of ideas',
      () => importDoc(broken((d) => (d.board.ideas = Array.from({ length: 20_001 }, () => d.board.ideas[0]!)))),
      413,
      'too_large',
      /board.ideas/,
    ],
  ])('%s', async (_name, send, status, code, message) => {
    const before = await sessionCount();
    const res = await send();
    expect(res.status).toBe(status);
    const body = (await res.json()) as { ok: boolean; code: string; message: string };
    expect(body).toMatchObject({ ok: false, code });
    expect(body.message).toMatch(message);
    expect(await sessionCount()).toBe(before);
  });

  it('still reads normal requests with the small limit elsewhere', async () => {
    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(70 * 1024) }),
    });
    expect(res.status).toBe(413);
  });
});

describe('templates', () => {
  it('lists the built-in templates, the default "Out of the box" among them', async () => {
    const { templates } = (await (await fetch(`${server.url}/api/templates`)).json()) as {
      templates: { key: string; title: string; items: number; start: string; end: string }[];
    };
    expect(templates).toContainEqual({ key: 'out-of-the-box', title: 'Out of the box — nye partnerskaber', items: 11, start: '10:00', end: '16:00' });
    expect(templates.map((t) => t.key)).toContain('workshop-only');
  });

  it('creates a session from a template key', async () => {
    const facilitator = await joinAsFacilitator(server, await server.createSession({ template: 'workshop-only' }));
    expect(facilitator.state!.agenda.items.map((i) => i.kind)).toEqual(['workshop']);
  });
});
