// The real server as a separate process (`tsx server/main.ts`), so a test can SIGKILL it mid-flight.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io, type ManagerOptions, type SocketOptions } from 'socket.io-client';
import { freePort, waitForPort } from './ports';
import { databaseFor, onPostgres } from './postgres';
import { type Created, Mirror, participantCredentials, type TestSocket } from './mirror';

/** A new, empty data directory for a server (or a restore) of a test's own. */
export const freshDataDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-data-'));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the server printed so far (its JSON log lines), stdout and stderr. */
  output(): string;
  /** SIGKILL: no shutdown hooks, no flush — the hardest crash a process can have. */
  kill(): Promise<void>;
}

export interface SpawnOptions {
  /** Another server that prints the same "listening on" line (the benchmark's baseline relay). */
  script?: string;
  /** Extra node flags, e.g. --cpu-prof (which NODE_OPTIONS does not accept). */
  nodeArgs?: string[];
  /**
   * The server's output goes to this file instead of a pipe. Writes to a pipe are synchronous on Linux: a benchmark
   * whose own process is slow to read thousands of log lines would stall the server it measures.
   */
  logFile?: string;
}

export async function spawnServer(dataDir: string, env: Record<string, string> = {}, options: SpawnOptions = {}): Promise<ServerProcess> {
  // TEST_STORE=postgres: the process stores in the database that goes with its data directory.
  const database: Record<string, string> = onPostgres ? { DATABASE_URL: await databaseFor(dataDir) } : {};
  const script = path.resolve(options.script ?? 'server/main.ts');
  // The production build (dist-server/*.js) runs on plain node, as `npm start` runs it.
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const logFd = options.logFile === undefined ? undefined : fs.openSync(options.logFile, 'a');
  // A log level that hides the "listening on" line: the server gets a known port and is ready when it accepts.
  const isQuiet = ['warn', 'error', 'fatal', 'silent'].includes(env.LOG_LEVEL ?? '');
  const port = isQuiet && !Number(env.PORT) ? String(await freePort()) : (env.PORT ?? '0');
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...loader, script], {
    env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'test', ...database, ...env, PORT: port },
    stdio: ['ignore', logFd ?? 'pipe', logFd ?? 'pipe'],
  });
  if (logFd !== undefined) {
    fs.closeSync(logFd);
    return fromLogFile(child, options.logFile!);
  }
  return new Promise((resolve, reject) => {
    let output = '';
    let settled = false;
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    const ready = (url: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      // Keep reading: a server whose log pipe is full blocks on its next line.
      child.stdout?.on('data', (more: Buffer) => {
        output += more.toString();
        if (output.length > 8_000_000) output = output.slice(-4_000_000); // a benchmark logs a lot
      });
      resolve({
        url: url.replace('localhost', '127.0.0.1'),
        child,
        output: () => output,
        kill: () => killed(child),
      });
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match) ready(match[1]!);
    };
    if (isQuiet) void waitForPort(Number(port), 30_000).then(() => ready(`http://127.0.0.1:${port}`), () => {});
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${output}`));
    });
  });
}

/** A server writing to a file: it has started when the file shows its "listening on" line. */
async function fromLogFile(child: ChildProcess, logFile: string): Promise<ServerProcess> {
  const output = () => fs.readFileSync(logFile, 'utf8');
  const deadline = performance.now() + 30_000;
  let match: RegExpExecArray | null = null;
  while (!match) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output()}`);
    if (performance.now() > deadline) throw new Error(`server did not start: ${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    match = /listening on (http:\/\/[^\s"]+)/.exec(output());
  }
  return { url: match[1]!.replace('localhost', '127.0.0.1'), child, output, kill: () => killed(child) };
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

/** A phone's socket to a spawned server; unlike TestServer.connect it reconnects by itself, quickly. */
export function connectTo(url: string, opts: Partial<ManagerOptions & SocketOptions> = {}): TestSocket {
  return io(url, { transports: ['websocket'], forceNew: true, reconnectionDelay: 100, reconnectionDelayMax: 500, ...opts });
}

/**
 * On a spawned server: a facilitator who opens the board for ideas and `count` phones joined as participants.
 * Every mirror is pushed to `mirrors`, so the test's cleanup disconnects them all.
 */
export async function collectingRoom(url: string, created: Created, count: number, mirrors: Mirror[]): Promise<{ facilitator: Mirror; phones: Mirror[] }> {
  const facilitator = new Mirror(connectTo(url));
  mirrors.push(facilitator);
  await facilitator.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
  const opened = await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
  if (!opened.ok) throw new Error(`board:phase failed: ${opened.code}`);
  const phones = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const m = new Mirror(connectTo(url));
      mirrors.push(m);
      const ack = await m.join({ role: 'participant', joinCode: created.joinCode, ...participantCredentials(`P${i}`) });
      if (!ack.ok) throw new Error(`join failed: ${ack.code}`);
      return m;
    }),
  );
  return { facilitator, phones };
}
