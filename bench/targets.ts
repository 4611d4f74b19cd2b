// The two servers under test, each a child process: ours on a temporary data directory, and the relay.
import { evolveAll } from '../shared/evolve';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { GC_ON_SIGNAL } from '../test/kit/memory';
import { type ServerProcess, spawnServer } from '../test/kit/process';
import type { TargetAddress } from './protocol';
import { type SeededSession, seedOurs } from './seedOurs';
import { syncedState } from '../shared/session/snapshot';
import type { SessionState } from '../shared/state';

/**
 * Both servers run with a full garbage collection on SIGUSR2, after which they write process.memoryUsage() to
 * their memory file (test/kit/memory.ts), so memory is read without the garbage of the scenario before it.
 */
export interface Target {
  address: TargetAddress;
  pid: number;
  /** Where the server writes its memory usage after a SIGUSR2. */
  memoryFile: string;
  boardJson: string;
  ideaIds: string[];
  /** Ours: the facilitator opens voting. The relay has no phases. */
  openVoting(): Promise<void>;
  /** Ours: the facilitator creates and opens a single-choice poll. The relay has no polls. */
  openPoll?(id: string, options: number): Promise<void>;
  /** Ours: the facilitator asks these questions on the programme's first talk. The relay has no questions. */
  askQuestions?(ids: string[]): Promise<void>;
  /** Ours: how a facilitator screen joins (its own socket, for a scenario that times the facilitator's commands). */
  asFacilitator?: SeededSession['asFacilitator'];
  /** Ours: the session as the facilitator sees it now, from a fresh join. */
  facilitatorState?(): Promise<SessionState>;
  stop(): Promise<void>;
}

/** With a profile directory the server runs under --cpu-prof and is stopped gently, so the profile is written. */
export async function stopServer(server: ServerProcess, gently: boolean): Promise<void> {
  if (!gently || server.child.exitCode !== null) return server.kill();
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  await server.kill();
}

/** `maxConnections`: sockets allowed from the loopback address, which every simulated phone shares. */
/** `script`: another checkout's server/main.ts, to measure two versions of the server in one run. */
export async function startOurs(ideaCount: number, profileDir?: string, maxConnections = 5000, script?: string): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-bench-'));
  const nodeArgs = [...GC_ON_SIGNAL, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  const memoryFile = path.join(dataDir, 'memory.json');
  // Every simulated phone shares the loopback address: allow them all, as a venue would set it for a room that size.
  const server = await spawnServer(dataDir, { MEMORY_FILE: memoryFile, MAX_CONNECTIONS_PER_ADDRESS: String(maxConnections) }, { nodeArgs, logFile: path.join(dataDir, 'server.log'), script });
  try {
    const seeded = await seedOurs(server.url, ideaCount);
    return {
      address: { kind: 'ours', url: server.url, joinCode: seeded.joinCode },
      pid: server.child.pid!,
      memoryFile,
      boardJson: seeded.boardJson,
      ideaIds: seeded.ideaIds,
      async openVoting() {
        const reply = await seeded.facilitator.emitWithAck('board:phase', { phase: 'voting' });
        if (!reply.ok) throw new Error(`open voting failed: ${reply.code}`);
      },
      async openPoll(id, options) {
        const poll = { id, kind: 'single', question: 'Bench: which reason weighs most?', options: Array.from({ length: options }, (_, i) => `Option ${i + 1}`) } as const;
        const created = await seeded.facilitator.emitWithAck('poll:create', poll);
        const opened = await seeded.facilitator.emitWithAck('poll:open', { id });
        if (!created.ok || !opened.ok) throw new Error(`open poll failed: ${JSON.stringify([created, opened])}`);
      },
      async askQuestions(ids) {
        const talk = (await facilitatorState(server.url, seeded)).agenda.items.find((item) => item.kind === 'talk');
        if (!talk) throw new Error('the workshop has no talk');
        for (const id of ids) {
          const asked = await seeded.facilitator.emitWithAck('question:ask', { id, itemId: talk.id, text: `Bench question ${id.slice(0, 6)}` });
          if (!asked.ok) throw new Error(`ask failed: ${asked.code}`);
        }
      },
      asFacilitator: seeded.asFacilitator,
      facilitatorState: () => facilitatorState(server.url, seeded),
      async stop() {
        seeded.facilitator.disconnect();
        await stopServer(server, Boolean(profileDir));
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.kill();
    throw error;
  }
}

/** A fresh facilitator socket's snapshot: a rejoin on a held socket would be answered with events only. */
async function facilitatorState(url: string, seeded: SeededSession): Promise<SessionState> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  try {
    const joined = await socket.emitWithAck('session:join', seeded.asFacilitator);
    const state = joined.ok ? syncedState(null, joined.data.sync, evolveAll) : null;
    if (!state) throw new Error('expected the facilitator board');
    return state;
  } finally {
    socket.disconnect();
  }
}

export async function startRelay(boardJson: string, ideaIds: string[]): Promise<Target> {
  const memoryFile = path.join(os.tmpdir(), `ootb-bench-relay-memory-${process.pid}.json`);
  const server = await spawnServer(os.tmpdir(), { MEMORY_FILE: memoryFile }, { script: 'bench/baselineRelay.ts', nodeArgs: GC_ON_SIGNAL });
  const seeder = io(server.url, { transports: ['websocket'], forceNew: true, reconnection: false });
  await seeder.emitWithAck('seed', boardJson);
  seeder.disconnect();
  return {
    address: { kind: 'relay', url: server.url, joinCode: 'workshop' },
    pid: server.child.pid!,
    memoryFile,
    boardJson,
    ideaIds,
    openVoting: async () => {},
    stop: async () => {
      await server.kill();
      fs.rmSync(memoryFile, { force: true });
    },
  };
}
