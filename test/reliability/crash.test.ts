// 50 phones keep writing while the server process is SIGKILLed twice and restarted on the same data and port.
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandName, CommandPayload, CommandResult } from '../../shared/contract';
import type { Ack } from '../../shared/errors';
import { connectTo, freshDataDir, type ServerProcess, spawnServer } from '../kit/process';
import { projectState } from '../../shared/projection/state';
import type { SessionState } from '../../shared/state';
import { type Created, Mirror, newId, participantCredentials } from '../kit/mirror';
import { createWorkshop } from '../kit/workshops';

const PHONES = 50;
const IDEAS_EACH = 4;
const VOTES_EACH = 3;
/** Answers that mean "the server went away before it decided": the phone retries once it is back. */
const LOST = new Set(['timeout', 'not_joined']);

let running: ServerProcess | undefined;
const mirrors: Mirror[] = [];
afterAll(async () => {
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

type Phone = { m: Mirror; id: string; socket: Mirror['socket'] };

/** What the cases share: the room, and every acknowledgement the phones received. */
const day = {
  dataDir: '',
  created: undefined as unknown as Created,
  facilitator: undefined as unknown as Mirror,
  phones: [] as Phone[],
  ideaIds: [] as string[][],
  ackedIdeas: new Set<string>(),
  ackedVotes: [] as { participantId: string; ideaId: string }[],
  inFlight: { ideas: 0, votes: 0 },
};

async function openRoom() {
  day.dataDir = freshDataDir();
  running = await spawnServer(day.dataDir, KEEP_FOREVER);
  // A past date: no programme item is on, so the clock adds no events of its own.
  day.created = await createWorkshop(running.url, { date: '2020-01-01' });
  day.facilitator = new Mirror(connectTo(running.url));
  mirrors.push(day.facilitator);
  await day.facilitator.stayJoined({ role: 'facilitator', sessionId: day.created.sessionId, key: day.created.facilitatorKey });
  expect((await day.facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
  day.phones = await Promise.all(
    Array.from({ length: PHONES }, async (_, i) => {
      const credentials = participantCredentials(`Phone ${i}`);
      const m = new Mirror(connectTo(running!.url));
      mirrors.push(m);
      const ack = await m.stayJoined({ role: 'participant', joinCode: day.created.joinCode, ...credentials });
      if (!ack.ok) throw new Error(`join failed: ${ack.code}`);
      return { m, id: credentials.participantId, socket: m.socket };
    }),
  );
}

describe('a server killed with SIGKILL while 50 phones write', () => {
  beforeAll(openRoom);

  it('keeps every idea acknowledged before a kill in the middle of the writing', async () => {
    // Each phone writes its own, retrying with the same id after a crash as the real client would.
    day.ideaIds = day.phones.map(() => Array.from({ length: IDEAS_EACH }, () => newId()));
    const progress = new Progress();
    const writing = Promise.all(
      day.phones.map(async (phone, p) => {
        for (const [k, id] of day.ideaIds[p]!.entries()) {
          for (;;) {
            await back(phone.m);
            const ack = await send(phone.m, 'idea:add', { id, sector: 'civil', text: `Idé ${p}.${k}` }, progress);
            if (ack.ok) break;
          }
          day.ackedIdeas.add(id);
          progress.add();
        }
      }),
    );
    await progress.reach(60);
    day.inFlight.ideas = await crashAndRestart(day.dataDir, progress);
    const acknowledgedBeforeCrash = [...day.ackedIdeas];
    const stored = new Set((await freshState(day.created)).board.ideas.map((i) => i.id));
    expect(acknowledgedBeforeCrash.filter((id) => !stored.has(id))).toEqual([]);
    await writing;
  });

  it('keeps every dot acknowledged before a kill in the middle of the voting', async () => {
    // Three dots each on other phones' ideas; a vote whose answer was lost is checked against the board first.
    await back(day.facilitator);
    expect((await day.facilitator.socket.emitWithAck('board:phase', { phase: 'voting' })).ok).toBe(true);
    const allIdeas = day.ideaIds.flat();
    const progress = new Progress();
    const writing = Promise.all(
      day.phones.map(async (phone, p) => {
        for (let k = 0; k < VOTES_EACH; k++) {
          const ideaId = allIdeas[(p * IDEAS_EACH + 7 + k * 13) % allIdeas.length]!;
          for (;;) {
            await back(phone.m);
            await phone.m.until((x) => x.state!.board.phase === 'voting', 10_000);
            if (phone.m.state!.board.ideas.find((i) => i.id === ideaId)!.votes[phone.id]) break;
            const ack = await send(phone.m, 'vote:cast', { ideaId }, progress);
            if (ack.ok) {
              day.ackedVotes.push({ participantId: phone.id, ideaId });
              break;
            }
          }
          progress.add();
        }
      }),
    );
    await progress.reach(50);
    day.inFlight.votes = await crashAndRestart(day.dataDir, progress);
    const votesBeforeCrash = [...day.ackedVotes];
    const stored = await freshState(day.created);
    const dot = (v: { participantId: string; ideaId: string }) => stored.board.ideas.find((i) => i.id === v.ideaId)?.votes[v.participantId];
    expect(votesBeforeCrash.filter((v) => dot(v) !== 1)).toEqual([]);
    await writing;
  });

  it('killed both times with commands unanswered, and every phone came back by itself on its own socket', async () => {
    console.log(`crash: killed with ${day.inFlight.ideas} idea adds and ${day.inFlight.votes} votes unanswered`);
    expect(day.inFlight.ideas + day.inFlight.votes).toBeGreaterThan(0);
    for (const phone of day.phones) {
      expect(phone.m.socket).toBe(phone.socket);
      // A phone whose dots were all cast before the second kill writes nothing more, so it may still be backing off.
      await expect.poll(() => phone.m.joins, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    }
  });

  it('ends with every idea once and every dot, as acknowledged', async () => {
    const final = await freshState(day.created);
    const allIdeas = day.ideaIds.flat();
    const finalIds = final.board.ideas.map((i) => i.id);
    expect(finalIds.length).toBe(new Set(finalIds).size);
    expect(new Set(finalIds)).toEqual(new Set(allIdeas));
    expect([...day.ackedIdeas].sort()).toEqual([...allIdeas].sort());
    for (const v of day.ackedVotes) expect(final.board.ideas.find((i) => i.id === v.ideaId)!.votes[v.participantId]).toBe(1);
    const dots = final.board.ideas.reduce((n, i) => n + Object.values(i.votes).reduce((a, b) => a + b, 0), 0);
    expect(dots).toBe(PHONES * VOTES_EACH);
  });

  it('brings every screen to its own view of the stored state (a phone never sees the others’ dots or names)', async () => {
    const final = await freshState(day.created);
    const screens = [
      { m: day.facilitator, view: final },
      ...day.phones.map((p) => ({ m: p.m, view: projectState(final, { role: 'participant', participantId: p.id }) })),
    ];
    const same = (a: SessionState, b: SessionState) => isDeepStrictEqual({ ...a, seq: 0 }, { ...b, seq: 0 });
    await Promise.all(screens.map(({ m, view }) => m.until((x) => same(x.state!, view), 20_000)));
    for (const { m, view } of screens) expect({ ...m.state!, seq: 0 }).toEqual({ ...view, seq: 0 });
  });
});
