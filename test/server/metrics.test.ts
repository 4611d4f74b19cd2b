import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readinessSchema } from '../../shared/http/ops';
import { parsePrometheus, sampleValue } from '../kit/prometheus';
import { joinAsFacilitator, joinAsParticipant, newId, startServer, type TestServer } from '../kit/testServer';
import { fetchExport } from '../kit/workshops';

const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789';
/** An address of this machine that is not loopback, to ask as "someone else" would; absent in some sandboxes. */
const outsideAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

let server: TestServer;
let port: string;

beforeAll(async () => {
  server = await startServer({ metricsToken: METRICS_TOKEN, host: outsideAddress ? '0.0.0.0' : '127.0.0.1' });
  port = new URL(server.url).port;
});
afterAll(() => server.close());

async function scrape(headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheus(await res.text()).samples;
}

describe('/metrics', () => {
  it('parses as Prometheus text and its counters move with the commands sent', async () => {
    const before = await scrape();
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    const phone = await joinAsParticipant(server, created, 'Anna');
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    for (let i = 0; i < 3; i++) {
      expect((await phone.socket.emitWithAck('idea:add', { id: newId(), sector: 'market', text: `Idé ${i}` })).ok).toBe(true);
    }
    expect(await phone.socket.emitWithAck('idea:add', { id: newId(), sector: 'nowhere' as 'market', text: 'x' })).toMatchObject({ code: 'invalid_payload' });
    // A burst past the per-socket budget: some are refused, each refusal counted.
    const flood = await Promise.all(Array.from({ length: 60 }, () => phone.socket.emitWithAck('participant:rename', { name: 'Anna' })));
    const refused = flood.filter((a) => !a.ok && a.code === 'rate_limited').length;
    expect(refused).toBeGreaterThan(0);
    expect((await fetchExport(server.url, created.sessionId, created.facilitatorKey, `export.csv`)).status).toBe(200);

    const after = await scrape();
    const moved = (name: string, labels: Record<string, string> = {}) => sampleValue(after, name, labels) - sampleValue(before, name, labels);
    expect(moved('ootb_commands_total', { command: 'idea:add', result: 'ok' })).toBe(3);
    expect(moved('ootb_commands_total', { command: 'idea:add', result: 'invalid_payload' })).toBe(1);
    expect(moved('ootb_commands_total', { command: 'session:join', result: 'ok' })).toBe(2);
    expect(moved('ootb_commands_total', { command: 'participant:rename', result: 'rate_limited' })).toBe(refused);
    expect(moved('ootb_rate_limited_total', { where: 'socket' })).toBe(refused);
    expect(moved('ootb_command_ack_seconds_count', { command: 'idea:add' })).toBe(4);
    expect(moved('ootb_group_commit_events_count')).toBeGreaterThanOrEqual(5);
    expect(moved('ootb_group_commit_seconds_count')).toBe(moved('ootb_group_commit_events_count'));
    expect(moved('ootb_export_seconds_count', { format: 'export.csv' })).toBe(1);
    expect(sampleValue(after, 'ootb_sockets', { role: 'participant' })).toBe(1);
    expect(sampleValue(after, 'ootb_sockets', { role: 'facilitator' })).toBe(1);
    expect(sampleValue(after, 'ootb_live_sessions')).toBeGreaterThanOrEqual(1);
  });

  it('refuses a request that came through a proxy unless it carries METRICS_TOKEN', async () => {
    const proxied = { 'x-forwarded-for': '203.0.113.9' };
    expect((await fetch(`${server.url}/metrics`, { headers: proxied })).status).toBe(403);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { ...proxied, authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ ok: false, code: 'forbidden' });
    await scrape({ ...proxied, authorization: `Bearer ${METRICS_TOKEN}` });
  });

  it.each([
    ['X-Real-IP', 'x-real-ip'],
    ['Forwarded', 'forwarded'],
    ['Via', 'via'],
    ['X-Forwarded-Host', 'x-forwarded-host'],
    ['CF-Connecting-IP', 'cf-connecting-ip'],
    ['True-Client-IP', 'true-client-ip'],
    ['X-Cluster-Client-IP', 'x-cluster-client-ip'],
  ])('counts a request with only %s as coming through a proxy', async (_name, header) => {
    expect((await fetch(`${server.url}/metrics`, { headers: { [header]: '203.0.113.9' } })).status).toBe(403);
  });

  it.skipIf(!outsideAddress)('refuses a non-local address without the token and serves it with the token', async () => {
    const url = `http://${outsideAddress}:${port}/metrics`;
    expect((await fetch(url)).status).toBe(403);
    const res = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(parsePrometheus(await res.text()).samples.length).toBeGreaterThan(10);
  });
});

describe('/healthz and /readyz', () => {
  it('answers ready while the store answers, and not ready once shutting down', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(readinessSchema.parse(await ready.json())).toEqual({ ready: true, checks: { store: 'ok', writable: 'ok', disk: 'ok' } });
    server.server.readiness.drain();
    const draining = await fetch(`${server.url}/readyz`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ ready: false, checks: { shutdown: 'shutting down', store: 'ok', writable: 'ok', disk: 'ok' } });
  });
});

describe('/readyz when the database does not answer', () => {
  it('answers 503 and says the store is the reason', async () => {
    const broken = await startServer();
    try {
      await broken.store.close();
      const res = await fetch(`${broken.url}/readyz`);
      expect(res.status).toBe(503);
      const report = readinessSchema.parse(await res.json());
      expect(report.ready).toBe(false);
      // SQLite's and node-postgres's words for a closed database.
      expect(report.checks.store).toMatch(/not open|after calling end/);
    } finally {
      await broken.close();
    }
  });
});
