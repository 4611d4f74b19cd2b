import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { joinAsFacilitator, joinAsParticipant } from '../kit/testServer';

describe('bad input over the socket', () => {
  it.for([
    ['a number instead of an object', 42],
    ['null', null],
    ['a missing role', { joinCode: 'ABCDEF' }],
    ['an unknown role', { role: 'admin', joinCode: 'ABCDEF' }],
    ['an unknown field', { role: 'projector', joinCode: 'ABCDEF', extra: true }],
    ['a code of the wrong alphabet', { role: 'projector', joinCode: 'O0I1L!' }],
    ['a __proto__ key', JSON.parse('{"role":"projector","joinCode":"ABCDEF","__proto__":{"x":1}}')],
  ])('answers a join with %s by invalid_payload', async ([_label, payload], { server }) => {
    const socket = server.connect();
    const ack = await socket.emitWithAck('session:join', payload as never);
    expect(ack).toMatchObject({ ok: false, code: 'invalid_payload' });
  });

  it('answers an over-long name with too_large and stores nothing', async ({ server }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    const phone = await joinAsParticipant(server, created, 'Anna');
    const seq = facilitator.state!.seq;
    const ack = await phone.socket.emitWithAck('participant:rename', { name: 'x'.repeat(41) });
    expect(ack).toMatchObject({ ok: false, code: 'too_large' });
    const again = await joinAsFacilitator(server, created);
    expect(again.state!.seq).toBe(seq);
    expect(again.state!.participants[phone.credentials.participantId]!.name).toBe('Anna');
  });

  it('answers a command before joining with not_joined', async ({ server }) => {
    const socket = server.connect();
    const ack = await socket.emitWithAck('participant:rename', { name: 'x' });
    expect(ack).toMatchObject({ ok: false, code: 'not_joined' });
  });

  it('answers an unknown command that asks for an ack with invalid_payload', async ({ server }) => {
    const socket = server.connect();
    const ack = await (socket as unknown as { emitWithAck: (e: string, p: unknown) => Promise<unknown> }).emitWithAck(
      'board:explode',
      {},
    );
    expect(ack).toMatchObject({ ok: false, code: 'invalid_payload' });
  });

  it('answers a wrong facilitator key with forbidden and a participant cannot become facilitator', async ({ server }) => {
    const created = await server.createSession();
    const socket = server.connect();
    const ack = await socket.emitWithAck('session:join', {
      role: 'facilitator',
      sessionId: created.sessionId,
      key: 'y'.repeat(32),
    });
    expect(ack).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('drops an oversized packet without harming the server or other clients', async ({ server }) => {
    const created = await server.createSession();
    const phone = await joinAsParticipant(server, created, 'Anna');
    const big = server.connect();
    const closed = new Promise((resolve) => big.on('disconnect', resolve));
    (big as unknown as { emit: (...a: unknown[]) => void }).emit('participant:rename', { name: 'x'.repeat(200_000) });
    await closed;
    const ack = await phone.socket.emitWithAck('participant:rename', { name: 'Anne' });
    expect(ack.ok).toBe(true);
  });

  it('survives commands sent without an ack callback', async ({ server }) => {
    const created = await server.createSession();
    const phone = await joinAsParticipant(server, created, 'Anna');
    (phone.socket as unknown as { emit: (e: string, p: unknown) => void }).emit('participant:rename', { name: 7 });
    (phone.socket as unknown as { emit: (...a: unknown[]) => void }).emit('session:join');
    const ack = await phone.socket.emitWithAck('participant:rename', { name: 'Anne' });
    expect(ack.ok).toBe(true);
  });

  it.for([
    ['no payload', []],
    ['an extra argument', [{ name: 'Anne' }, 'extra']],
  ] as const)('answers a command sent with %s by invalid_payload instead of leaving it unanswered', async ([_label, args], { server }) => {
    const created = await server.createSession();
    const phone = await joinAsParticipant(server, created, 'Anna');
    const timed = phone.socket.timeout(2000) as unknown as { emitWithAck: (e: string, ...a: unknown[]) => Promise<unknown> };
    for (const event of ['participant:rename', 'session:join']) {
      expect(await timed.emitWithAck(event, ...args)).toMatchObject({ ok: false, code: 'invalid_payload' });
    }
    expect(await timed.emitWithAck('clock:ping', ...args)).toMatchObject({ ok: true });
  });

  it.for([
    ['a malformed percent-encoding in the path', '/api/sessions/%E0%A4%A', {}],
    ['an unknown Content-Encoding', '/api/sessions', { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'foo' }, body: '{}' }],
  ])('answers a request with %s by a typed 4xx, not a 500', async ([_label, url, init], { server }) => {
    const res = await fetch(`${server.url}${url}`, init as RequestInit);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, code: 'invalid_payload' });
  });

  it('refuses commands over the rate limit, then closes the connection of a socket that keeps on sending', async ({ server }) => {
    const created = await server.createSession();
    const phone = await joinAsParticipant(server, created, 'Anna');
    const closed = new Promise((resolve) => phone.socket.once('disconnect', resolve));
    const codes: string[] = [];
    const started = performance.now();
    for (let i = 0; i < 400; i++) phone.socket.emit('participant:rename', { name: `Anna ${i % 2}` }, (ack) => codes.push(ack.ok ? 'ok' : ack.code));
    expect(await closed).toBe('transport close');
    // The burst (40, one spent on joining) plus what the bucket refilled (20 a second) while a loaded machine sent them.
    const refilled = Math.ceil((20 * (performance.now() - started)) / 1000);
    expect(codes.filter((c) => c === 'ok').length).toBeLessThanOrEqual(41 + refilled);
    expect(codes).toContain('rate_limited');
  });

  it('rejects a socket from a foreign origin', async ({ server }) => {
    const res = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
  });
});
