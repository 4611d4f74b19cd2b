import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { joinAsFacilitator, joinAsParticipant, Mirror, participantCredentials } from '../kit/testServer';

describe('creating a session', () => {
  it('creates the default workshop with its programme, a join code without look-alikes and a secret key', async ({ server }) => {
    const created = await server.createSession();
    expect(created.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(created.facilitatorKey.length).toBeGreaterThanOrEqual(21);
    expect(created.joinUrl).toBe(`${server.url}/j/${created.joinCode}`);
    const res = await fetch(`${server.url}/api/sessions/${created.sessionId}`, {
      headers: { authorization: `Bearer ${created.facilitatorKey}` },
    });
    const body = (await res.json()) as { state: { title: string; agenda: { items: { title: string }[] } } };
    expect(body.state.title).toBe('Out of the box — nye partnerskaber');
    expect(body.state.agenda.items).toHaveLength(11);
    expect(body.state.agenda.items[7]!.title).toBe('Hvordan kommer vi selv out of the box?');
  });

  it('refuses to read a session without the key or with a wrong one', async ({ server }) => {
    const created = await server.createSession();
    const missing = await fetch(`${server.url}/api/sessions/${created.sessionId}`);
    expect(missing.status).toBe(401);
    const wrong = await fetch(`${server.url}/api/sessions/${created.sessionId}`, {
      headers: { authorization: `Bearer ${'x'.repeat(32)}` },
    });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ ok: false, code: 'forbidden', message: expect.any(String) });
  });

  it('uses PUBLIC_URL for the join address when it is set', async ({ startServer }) => {
    const other = await startServer({ publicUrl: 'https://workshop.example.dk' });
    const created = await other.createSession();
    expect(created.joinUrl).toBe(`https://workshop.example.dk/j/${created.joinCode}`);
  });

  it('rejects a create body with unknown fields or an over-long title', async ({ server }) => {
    for (const body of [{ colour: 'red' }, { title: 'x'.repeat(201) }, { date: 'tomorrow' }]) {
      const res = await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
  });

  it('limits how many workshops one address can create in a burst, and creates none past it', async ({ server }) => {
    const create = () => fetch(`${server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const statuses = [];
    for (let i = 0; i < 70; i++) statuses.push((await create()).status);
    const refused = statuses.filter((s) => s === 429).length;
    expect(statuses.filter((s) => s === 201).length + refused).toBe(70);
    expect(refused).toBeGreaterThanOrEqual(5); // 60 at once, then one a second
    const last = await create();
    expect(await last.json()).toMatchObject({ ok: false, code: 'rate_limited' });
    expect((await server.store.listSessions()).length).toBe(70 - refused);
  });

  it('serves a QR code of the join address for a known code only', async ({ server }) => {
    const created = await server.createSession();
    const qr = await fetch(`${server.url}/api/join/${created.joinCode}/qr.svg`);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    expect(await qr.text()).toContain('<svg');
    expect((await fetch(`${server.url}/api/join/ZZZZZZ/qr.svg`)).status).toBe(404);
  });
});

describe('joining', () => {
  it('lets phones join by code and counts the connected participants on every screen', async ({ server }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    const anna = await joinAsParticipant(server, created, 'Anna');
    await joinAsParticipant(server, created, 'Bo');
    await facilitator.until((m) => m.presence === 2);
    await anna.until((m) => m.presence === 2);
    expect(Object.values(facilitator.state!.participants).map((p) => p.name).sort()).toEqual(['Anna', 'Bo']);
  });

  it('keeps a phone the same participant when it reconnects with its id and secret', async ({ server }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    const phone = await joinAsParticipant(server, created, 'Anna');
    phone.socket.disconnect();
    const again = new Mirror(server.connect());
    const ack = await again.join({ role: 'participant', joinCode: created.joinCode, ...phone.credentials });
    expect(ack.ok).toBe(true);
    await facilitator.until((m) => m.presence === 1);
    expect(Object.keys(facilitator.state!.participants)).toEqual([phone.credentials.participantId]);
  });

  it('refuses a participant id presented with another secret', async ({ server }) => {
    const created = await server.createSession();
    const phone = await joinAsParticipant(server, created, 'Anna');
    const thief = new Mirror(server.connect());
    const ack = await thief.join({
      role: 'participant',
      joinCode: created.joinCode,
      participantId: phone.credentials.participantId,
      secret: participantCredentials().secret,
    });
    expect(ack).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('sends only the missed events to a client that reconnects with its last seq', async ({ server }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    const seqBefore = facilitator.state!.seq;
    await joinAsParticipant(server, created, 'Anna');
    await joinAsParticipant(server, created, 'Bo');
    const late = new Mirror(server.connect());
    late.state = { ...facilitator.state!, seq: seqBefore, participants: {} };
    const ack = await late.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
    expect(ack.ok && ack.data.sync.kind).toBe('events');
    expect(Object.keys(late.state!.participants)).toHaveLength(2);
  });

  it('reuses a cached snapshot during a join storm and sends the events since, arriving at the same state', async ({ server }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    for (let i = 0; i < 5; i++) await joinAsParticipant(server, created, `P${i}`);
    await facilitator.until((m) => Object.keys(m.state!.participants).length === 5);
    const late = new Mirror(server.connect());
    const ack = await late.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
    expect(ack.ok && ack.data.sync.kind === 'snapshot' && ack.data.sync.events.length).toBe(5);
    expect(late.state).toEqual(facilitator.state);
  });

  it('answers a wrong join code with not_found and then rate-limits guessing', async ({ server }) => {
    const socket = server.connect();
    const codes: string[] = [];
    for (let i = 0; i < 25; i++) {
      const ack = await socket.emitWithAck('session:join', { role: 'projector', joinCode: 'ZZZZZZ' });
      codes.push(ack.ok ? 'ok' : ack.code);
    }
    expect(codes[0]).toBe('not_found');
    expect(codes).toContain('rate_limited');
  });

  it('lets the projector watch by join code but not act', async ({ server }) => {
    const created = await server.createSession();
    const projector = new Mirror(server.connect());
    const ack = await projector.join({ role: 'projector', joinCode: created.joinCode.toLowerCase() });
    expect(ack.ok).toBe(true);
    expect(projector.state!.title).toBe('Out of the box — nye partnerskaber');
    const rename = await projector.socket.emitWithAck('participant:rename', { name: 'x' });
    expect(rename).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
