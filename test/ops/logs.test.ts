// The production build's log of a whole session: every request and command is a JSON line, and no secret or idea text is in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTo, freshDataDir, type ServerProcess, spawnServer } from '../kit/process';
import { Mirror, newId, participantCredentials } from '../kit/testServer';
import { buildServer, type ServerBuild } from '../kit/serverBuild';
import { createWorkshop, fetchExport, mintDownload } from '../kit/workshops';

const ADMIN_TOKEN = 'admin-LOGTEST-token-0123456789abcdef';
const METRICS_TOKEN = 'metrics-LOGTEST-token-0123456789';
const IDEA_TEXT = 'Hemmelig idé om bogbussen LOGTEST-IDEA';
const WRONG_KEY = 'wrong-LOGTEST-key-0123456789abcdef';

let build: ServerBuild;
let app: ServerProcess;

beforeAll(async () => {
  build = await buildServer();
  app = await spawnServer(freshDataDir(), { ADMIN_TOKEN, METRICS_TOKEN, LOG_LEVEL: 'debug' }, { script: build.main });
});
afterAll(async () => {
  await app?.kill();
  build?.remove();
});

describe('logs', () => {
  it('hold one line per request and per command outcome, and never a key, a secret or an idea text', async () => {
    const created = await createWorkshop(app.url);
    const facilitator = new Mirror(connectTo(app.url, { reconnection: false }));
    expect((await facilitator.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey })).ok).toBe(true);
    const wrong = new Mirror(connectTo(app.url, { reconnection: false }));
    expect(await wrong.join({ role: 'facilitator', sessionId: created.sessionId, key: WRONG_KEY })).toMatchObject({ code: 'forbidden' });
    const credentials = participantCredentials('Anna LOGTEST-NAME');
    const phone = new Mirror(connectTo(app.url, { reconnection: false }));
    expect((await phone.join({ role: 'participant', joinCode: created.joinCode, ...credentials })).ok).toBe(true);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    const id = newId();
    expect((await phone.socket.emitWithAck('idea:add', { id, sector: 'market', text: IDEA_TEXT, partner: 'LOGTEST-PARTNER' })).ok).toBe(true);
    const tooLong = await phone.socket.emitWithAck('idea:add', { id: newId(), sector: 'market', text: IDEA_TEXT.repeat(40) });
    expect(tooLong).toMatchObject({ ok: false, code: 'too_large' });
    for (const m of [facilitator, wrong, phone]) m.socket.disconnect();

    expect((await fetchExport(app.url, created.sessionId, created.facilitatorKey, `export.csv`)).status).toBe(200);
    const downloadToken = await mintDownload(app.url, created.sessionId, created.facilitatorKey, 'export.xlsx');
    expect((await fetch(`${app.url}/api/sessions/${created.sessionId}/export.xlsx?download=${downloadToken}`)).status).toBe(200);
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
    expect((await fetch(`${app.url}/api/admin/sessions`, { headers: admin })).status).toBe(200);
    expect((await fetch(`${app.url}/api/admin/backup`, { headers: admin })).status).toBe(200);
    expect((await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}`, 'x-forwarded-for': '203.0.113.1' } })).status).toBe(200);
    // The last request's line has reached the pipe, and every line before it.
    await expect.poll(() => app.output()).toContain('"path":"/metrics"');

    const output = app.output();
    const lines = output.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const secret of [created.facilitatorKey, downloadToken, credentials.secret, ADMIN_TOKEN, METRICS_TOKEN, WRONG_KEY, IDEA_TEXT, 'LOGTEST']) {
      expect(output).not.toContain(secret);
    }
    const commands = lines.filter((l) => l.msg === 'command');
    expect(commands).toContainEqual(
      expect.objectContaining({ sessionId: created.sessionId, role: 'participant', command: 'idea:add', result: 'ok', ms: expect.any(Number) }),
    );
    expect(commands).toContainEqual(expect.objectContaining({ role: 'participant', command: 'idea:add', result: 'too_large' }));
    expect(commands).toContainEqual(expect.objectContaining({ command: 'session:join', result: 'forbidden' }));
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests).toContainEqual(
      expect.objectContaining({ method: 'GET', path: `/api/sessions/${created.sessionId}/export.csv`, status: 200, ms: expect.any(Number) }),
    );
    expect(requests.map((l) => l.path)).toEqual(expect.arrayContaining(['/api/admin/sessions', '/api/admin/backup', '/metrics']));
  });
});
