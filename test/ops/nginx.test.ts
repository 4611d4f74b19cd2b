// deploy/nginx.conf in front of the production build: TLS, WebSocket upgrade, X-Forwarded-*, big imports.
import fs from 'node:fs';
import https from 'node:https';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigWorkshop } from '../../bench/exports';
import { toDocument } from '../../shared/export/sessionDocument';
import { boardLimits, limits } from '../../shared/limits';
import { startNginx, NGINX, type Nginx } from '../kit/nginx';
import { freshDataDir, type ServerProcess, spawnServer } from '../kit/process';
import { Mirror, newId, participantCredentials, type Created, type TestSocket } from '../kit/testServer';
import { buildServer, type ServerBuild } from '../kit/serverBuild';

/** The phone's own address: a loopback address that is neither nginx's nor the app's, so the forwarded one is recognisable. */
const PHONE_ADDRESS = '127.0.0.5';
const METRICS_TOKEN = 'metrics-token-behind-nginx-0123456789';

let build: ServerBuild;
let app: ServerProcess;
let nginx: Nginx;
let agent: https.Agent;
let dataDir: string;

beforeAll(async () => {
  if (!fs.existsSync(NGINX)) throw new Error(`No nginx at ${NGINX}: apt-get install nginx (.ci/run does)`);
  build = await buildServer();
  dataDir = freshDataDir();
  app = await spawnServer(dataDir, { TRUST_PROXY: '1', NODE_ENV: 'production', METRICS_TOKEN }, { script: build.main });
  nginx = await startNginx(Number(new URL(app.url).port));
  agent = new https.Agent({ ca: nginx.ca, localAddress: PHONE_ADDRESS, keepAlive: false });
});
afterAll(async () => {
  await nginx?.stop();
  await app?.kill();
  build?.remove();
  agent?.destroy();
});

function request(
  method: string,
  url: string,
  body?: string,
  extra: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const headers = { origin: new URL(url).origin, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...extra };
    const req = https.request(url, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString() }));
    });
    req.once('error', reject);
    req.end(body);
  });
}

function phoneSocket(transports: ('polling' | 'websocket')[]): TestSocket {
  // The agent carries the certificate to trust and the phone's own source address, for polling and WebSocket alike.
  return io(nginx.httpsUrl, { transports, agent, ca: nginx.ca, forceNew: true, reconnection: false, extraHeaders: { origin: nginx.httpsUrl } } as never);
}

describe('behind deploy/nginx.conf', () => {
  it('lets a phone join over WebSocket and add an idea that the facilitator sees, and logs the forwarded address', async () => {
    const created = await request('POST', `${nginx.httpsUrl}/api/sessions`, '{}');
    expect(created.status).toBe(201);
    const session = JSON.parse(created.text) as Created;
    // X-Forwarded-Proto and Host reach the app: the links it makes are the public https ones.
    expect(session.joinUrl).toBe(`${nginx.httpsUrl}/j/${session.joinCode}`);

    // The facilitator starts on long-polling and upgrades, as a browser does; the phone goes straight to WebSocket.
    const facilitator = new Mirror(phoneSocket(['polling', 'websocket']));
    const phone = new Mirror(phoneSocket(['websocket']));
    try {
      expect((await facilitator.join({ role: 'facilitator', sessionId: session.sessionId, key: session.facilitatorKey })).ok).toBe(true);
      expect((await phone.join({ role: 'participant', joinCode: session.joinCode, ...participantCredentials('Anna') })).ok).toBe(true);
      expect(phone.socket.io.engine.transport.name).toBe('websocket');
      expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
      const id = newId();
      expect((await phone.socket.emitWithAck('idea:add', { id, sector: 'civil', text: 'Fortælleklub med Ældresagen' })).ok).toBe(true);
      await facilitator.until((m) => m.state!.board.ideas.some((idea) => idea.id === id && idea.text === 'Fortælleklub med Ældresagen'));
      await facilitator.until(() => facilitator.socket.io.engine.transport.name === 'websocket');
    } finally {
      facilitator.socket.disconnect();
      phone.socket.disconnect();
    }

    const lines = app.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const created201 = lines.find((l) => l.msg === 'request' && l.path === '/api/sessions' && l.method === 'POST');
    expect(created201?.ip).toBe(PHONE_ADDRESS);
    const sockets = lines.filter((l) => l.msg === 'socket connected');
    expect(sockets.length).toBeGreaterThanOrEqual(2);
    expect(sockets.every((l) => l.ip === PHONE_ADDRESS)).toBe(true);
  });

  it('passes an import of more than 10 MB', async () => {
    // A full board (5,000 ideas) with long texts: an export the app must take back.
    const doc = toDocument(bigWorkshop(boardLimits.ideasPerBoard), Date.now());
    const field = 'ø'.repeat(limits.ideaField);
    for (const idea of doc.board.ideas) Object.assign(idea, { text: 'å'.repeat(limits.ideaText), partner: field, libraryBrings: field, partnerBrings: field });
    const body = JSON.stringify(doc, null, 2);
    expect(Buffer.byteLength(body)).toBeGreaterThan(10 * 1024 * 1024);
    const res = await request('POST', `${nginx.httpsUrl}/api/sessions/import`, body);
    expect(res.status).toBe(201);
    expect(JSON.parse(res.text)).toMatchObject({ joinCode: expect.any(String) });
  });

  it('sends plain http to https, and serves /metrics through it only with METRICS_TOKEN', async () => {
    const plain = await fetch(`${nginx.httpUrl}/j/ABCDEF`, { redirect: 'manual' });
    expect(plain.status).toBe(301);
    expect(plain.headers.get('location')).toMatch(/^https:\/\/127\.0\.0\.1\/j\/ABCDEF$/);
    expect((await request('GET', `${nginx.httpsUrl}/metrics`)).status).toBe(403);
    const withToken = await request('GET', `${nginx.httpsUrl}/metrics`, undefined, { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(withToken.status).toBe(200);
    expect(withToken.text).toContain('ootb_commands_total');
    expect(withToken.text).toContain('nodejs_eventloop_lag_seconds'); // the real server adds the process metrics
    expect((await request('GET', `${nginx.httpsUrl}/readyz`)).status).toBe(200);
  });

  it('keeps every key and download token out of its access log', async () => {
    const created = JSON.parse((await request('POST', `${nginx.httpsUrl}/api/sessions`, '{}')).text) as Created;
    const file = `/api/sessions/${created.sessionId}/export.csv`;
    const bearer = { authorization: `Bearer ${created.facilitatorKey}` };
    expect((await request('GET', `${nginx.httpsUrl}${file}`, undefined, bearer)).status).toBe(200);
    const minted = await request('POST', `${nginx.httpsUrl}/api/sessions/${created.sessionId}/downloads`, JSON.stringify({ file: 'export.csv' }), bearer);
    const { token } = JSON.parse(minted.text) as { token: string };
    expect((await request('GET', `${nginx.httpsUrl}${file}?lang=en&download=${token}`)).status).toBe(200);
    // An old page that still puts the key in the address is refused, and the log still holds no key.
    expect((await request('GET', `${nginx.httpsUrl}${file}?key=${created.facilitatorKey}`)).status).toBe(400);
    const logged = await eventually(() => {
      const log = nginx.accessLog();
      return log.split(file).length - 1 >= 3 ? log : null;
    });
    expect(logged).toContain(`"GET ${file} HTTP/`);
    for (const secret of [created.facilitatorKey, token, 'download=', 'key=']) expect(logged).not.toContain(secret);
  });
});

/** nginx writes a request's log line once the answer is out: read until it is there. */
async function eventually<T>(read: () => T | null): Promise<T> {
  for (;;) {
    const value = read();
    if (value !== null) return value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
