// 50 phones keep writing while the server process is SIGKILLed twice and restarted on the same data and port.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandName, CommandPayload, CommandResult } from '../../shared/contract';
import type { Ack } from '../../shared/errors';
import { connectTo, type ServerProcess, spawnServer } from '../kit/process';
import { projectState } from '../../shared/projection/state';
import type { SessionState } from '../../shared/state';
import { type Created, Mirror, newId, participantCredentials } from '../helpers/server';

const PHONES = 50;
const IDEAS_EACH = 4;
const VOTES_EACH = 3;
/** Answers that mean "the server went away before it decided": the phone retries once it is back. */
const LOST = new Set(['timeout', 'not_joined']);

let running: ServerProcess | undefined;
const mirrors: Mirror[] = [];
afterEach(async () => {
  for (const m of mirrors.splice(0)) m.socket.disconnect();
  await running?.kill();
});

/** Counts acknowledgements and lets the test wait for the n-th one. */
class Progress {
  count = 0;
  inFlight = 0;
  private waiters: { n: number; resolve: () => void }[] = [];
  add() {
    this.count += 1;
    this.waiters = this.waiters.filter((w) => (this.count >= w.n ? (w.resolve(), false) : true));
  }
  reach(n: number): Promise<void> {
    return this.count >= n ? Promise.resolve() : new Promise((resolve) => this.waiters.push({ n, resolve }));
  }
}

async function send<K extends CommandName>(m: Mirror, name: K, payload: CommandPayload<K>, progress: Progress) {
  const timed = m.socket.timeout(5000);
  const emit = timed.emitWithAck.bind(timed) as unknown as (e: K, p: CommandPayload<K>) => Promise<Ack<CommandResult>>;
  progress.inFlight += 1;
  const ack = await emit(name, payload).catch((): Ack<CommandResult> => ({ ok: false, code: 'timeout' as never, message: 'lost' }));
  progress.inFlight -= 1;
  if (!ack.ok && !LOST.has(ack.code)) throw new Error(`${name} refused: ${ack.code} ${ack.message}`);
  return ack;
}

const back = (m: Mirror) => m.until((x) => x.online, 30_000);

/** The session is dated in the past: retention must not delete it at the restart. */
const KEEP_FOREVER = { RETENTION_DAYS: '0' };

async function crashAndRestart(dataDir: string, progress: Progress) {
  const port = new URL(running!.url).port;
  const inFlight = progress.inFlight;
  await running!.kill();
  running = await spawnServer(dataDir, { PORT: port, ...KEEP_FOREVER });
  return inFlight;
}

async function freshState(created: Created) {
  const m = new Mirror(connectTo(running!.url, { reconnection: false }));
  mirrors.push(m);
  const ack = await m.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
  if (!ack.ok) throw new Error(`facilitator join failed: ${ack.code}`);
  m.socket.disconnect();
  return m.state!;
}

describe('a server killed with SIGKILL while 50 phones write', () => {
  it('keeps every acknowledged idea and vote, and the phones reconnect by themselves and converge', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-crash-'));
    running = await spawnServer(dataDir, KEEP_FOREVER);
    // A past date: no programme item is on, so the clock adds no events of its own.
    const res = await fetch(`${running.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ date: '2020-01-01' }),
    });
    const created = (await res.json()) as Created;

    const facilitator = new Mirror(connectTo(running.url));
    mirrors.push(facilitator);
    await facilitator.stayJoined({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);

    const phones = await Promise.all(
      Array.from({ length: PHONES }, async (_, i) => {
        const credentials = participantCredentials(`Phone ${i}`);
        const m = new Mirror(connectTo(running!.url));
        mirrors.push(m);
        const ack = await m.stayJoined({ role: 'participant', joinCode: created.joinCode, ...credentials });
        if (!ack.ok) throw new Error(`join failed: ${ack.code}`);
        return { m, id: credentials.participantId, socket: m.socket };
      }),
    );

    // Ideas: each phone writes its own, retrying with the same id after a crash as the real client would.
    const ideaIds = phones.map(() => Array.from({ length: IDEAS_EACH }, () => newId()));
    const ackedIdeas = new Set<string>();
    const ideaProgress = new Progress();
    const writingIdeas = Promise.all(
      phones.map(async (phone, p) => {
        for (const [k, id] of ideaIds[p]!.entries()) {
          for (;;) {
            await back(phone.m);
            const ack = await send(phone.m, 'idea:add', { id, sector: 'civil', text: `Idé ${p}.${k}` }, ideaProgress);
            if (ack.ok) break;
          }
          ackedIdeas.add(id);
          ideaProgress.add();
        }
      }),
    );
    await ideaProgress.reach(60);
    const ideasInFlight = await crashAndRestart(dataDir, ideaProgress);
    const acknowledgedBeforeCrash = [...ackedIdeas];
    const afterFirst = await freshState(created);
    const storedIds = new Set(afterFirst.board.ideas.map((i) => i.id));
    expect(acknowledgedBeforeCrash.filter((id) => !storedIds.has(id))).toEqual([]);
    await writingIdeas;

    // Votes: three dots each on other phones' ideas; a vote whose answer was lost is checked against the board first.
    await back(facilitator);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'voting' })).ok).toBe(true);
    const allIdeas = ideaIds.flat();
    const ackedVotes: { participantId: string; ideaId: string }[] = [];
    const voteProgress = new Progress();
    const writingVotes = Promise.all(
      phones.map(async (phone, p) => {
        for (let k = 0; k < VOTES_EACH; k++) {
          const ideaId = allIdeas[(p * IDEAS_EACH + 7 + k * 13) % allIdeas.length]!;
          for (;;) {
            await back(phone.m);
            await phone.m.until((x) => x.state!.board.phase === 'voting', 10_000);
            if (phone.m.state!.board.ideas.find((i) => i.id === ideaId)!.votes[phone.id]) break;
            const ack = await send(phone.m, 'vote:cast', { ideaId }, voteProgress);
            if (ack.ok) {
              ackedVotes.push({ participantId: phone.id, ideaId });
              break;
            }
          }
          voteProgress.add();
        }
      }),
    );
    await voteProgress.reach(50);
    const votesInFlight = await crashAndRestart(dataDir, voteProgress);
    const votesBeforeCrash = [...ackedVotes];
    const afterSecond = await freshState(created);
    const dot = (v: { participantId: string; ideaId: string }) => afterSecond.board.ideas.find((i) => i.id === v.ideaId)?.votes[v.participantId];
    expect(votesBeforeCrash.filter((v) => dot(v) !== 1)).toEqual([]);
    await writingVotes;

    // Both kills landed mid-stream, and every phone came back on its own socket, not a new one.
    console.log(`crash: killed with ${ideasInFlight} idea adds and ${votesInFlight} votes unanswered`);
    expect(ideasInFlight + votesInFlight).toBeGreaterThan(0);
    for (const phone of phones) {
      expect(phone.m.socket).toBe(phone.socket);
      // A phone whose dots were all cast before the second kill writes nothing more, so it may still be backing off.
      await expect.poll(() => phone.m.joins, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    }

    const final = await freshState(created);
    const finalIds = final.board.ideas.map((i) => i.id);
    expect(finalIds.length).toBe(new Set(finalIds).size);
    expect(new Set(finalIds)).toEqual(new Set(allIdeas));
    expect([...ackedIdeas].sort()).toEqual([...allIdeas].sort());
    for (const v of ackedVotes) expect(final.board.ideas.find((i) => i.id === v.ideaId)!.votes[v.participantId]).toBe(1);
    const dots = final.board.ideas.reduce((n, i) => n + Object.values(i.votes).reduce((a, b) => a + b, 0), 0);
    expect(dots).toBe(PHONES * VOTES_EACH);

    // Every screen converges on its own view of the stored state (a phone never sees the others' dots or names).
    const screens = [
      { m: facilitator, view: final },
      ...phones.map((p) => ({ m: p.m, view: projectState(final, { role: 'participant', participantId: p.id }) })),
    ];
    const same = (a: SessionState, b: SessionState) => isDeepStrictEqual({ ...a, seq: 0 }, { ...b, seq: 0 });
    await Promise.all(screens.map(({ m, view }) => m.until((x) => same(x.state!, view), 20_000)));
    for (const { m, view } of screens) expect({ ...m.state!, seq: 0 }).toEqual({ ...view, seq: 0 });
  });
});
