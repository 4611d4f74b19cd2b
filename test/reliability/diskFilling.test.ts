// Writing to the disk costs what the change is, not the whole programme; new workshops and imports have a byte
// budget per address and for the whole server.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { joinAsFacilitator, startServer, type TestServer } from '../kit/testServer';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function postFrom(localAddress: string, url: string, body: object): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', localAddress, agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('disk filling', () => {
  it('stores a programme edit as what changed: a few hundred bytes, not the whole programme', async () => {
    server = await startServer();
    const created = await server.createSession({ date: '2020-01-01' });
    const consoles = [await joinAsFacilitator(server, created), await joinAsFacilitator(server, created)];
    const items = consoles[0]!.state!.agenda.items;
    // Long notes on every item make the programme about 6 KB.
    for (const item of items) expect((await consoles[0]!.socket.emitWithAck('agenda:edit', { id: item.id, changes: { note: 'n'.repeat(500) } })).ok).toBe(true);
    await server.server.hub.flushed();
    const before = (await server.store.events(created.sessionId, 0)).length;
    const programmeBytes = JSON.stringify((await server.server.hub.requireState(created.sessionId)).agenda.items).length;
    for (let i = 0; i < 30; i++) {
      const ack = await consoles[1]!.socket.emitWithAck('agenda:edit', { id: items[i % items.length]!.id, changes: { title: `Titel ${i}` } });
      expect(ack.ok).toBe(true);
    }
    await server.server.hub.flushed();
    const written = (await server.store.events(created.sessionId, before)).map((e) => JSON.stringify(e.event).length);
    expect(written).toHaveLength(30);
    expect(Math.max(...written)).toBeLessThan(1_000);
    expect(written.reduce((a, b) => a + b, 0)).toBeLessThan(programmeBytes * 5);
  });

  it('stops new workshops from one address past its byte budget, and from all addresses past the global one', async () => {
    server = await startServer({ creationBytes: { perAddress: 12_000, global: 30_000 } });
    const create = (address: string) => postFrom(address, `${server!.url}/api/sessions`, {});
    const first: number[] = [];
    for (let i = 0; i < 8; i++) first.push(await create('127.0.0.30'));
    expect(first.slice(0, 2)).toEqual([201, 201]);
    expect(first.at(-1)).toBe(429);
    // Another address still may, until the whole server's budget is spent.
    const rest: number[] = [];
    for (let i = 0; i < 8; i++) rest.push(await create(`127.0.0.${31 + (i % 4)}`));
    expect(rest[0]).toBe(201);
    expect(rest.at(-1)).toBe(429);
    const sessions = await server.store.listSessions();
    const firsts = await Promise.all(sessions.map(async (r) => (await server!.store.events(r.id, 0))[0]!.event));
    const bytes = firsts.reduce((sum, event) => sum + Buffer.byteLength(JSON.stringify(event)), 0);
    expect(sessions).toHaveLength([...first, ...rest].filter((s) => s === 201).length);
    expect(bytes).toBeLessThanOrEqual(30_000);
  });
});
