// SQLite commits on a thread of their own. better-sqlite3 is synchronous, so a commit's fsync (the wait that makes it
// durable, milliseconds on a good disk and far more on a busy one) would hold the event loop and every socket with
// it; on the writer thread only the commit waits. Reads stay on the main connection: in WAL mode they see every
// commit the writer has finished and never wait for one in progress.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { checkpointValues, listingValues, sessionValues, UPSERT_CHECKPOINT } from './rows';
import type { CommitOutcome, SessionWrite } from './types';

/** The statements of a commit, prepared on the writer's connection. */
export const COMMIT_SQL = {
  insertSession: 'INSERT INTO sessions (id, join_code, facilitator_key_hash, title, created_at, status) VALUES (?, ?, ?, ?, ?, ?)',
  insertCredential: 'INSERT INTO credentials (session_id, participant_id, secret_hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  insertEvent: 'INSERT INTO events (session_id, seq, at, actor, body) VALUES (?, ?, ?, ?, ?)',
  upsertListing: `INSERT INTO listings (session_id, seq, title, date, participants, ideas, votes) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq, title = excluded.title, date = excluded.date,
       participants = excluded.participants, ideas = excluded.ideas, votes = excluded.votes WHERE excluded.seq >= listings.seq`,
  upsertCheckpoint: UPSERT_CHECKPOINT.replace(/\$\d/g, '?'),
} as const;

type Params = readonly unknown[];

/** One session's write as the statements' parameters: plain values, cheap to pass to the thread. */
interface SessionRows {
  sessionId: string;
  session: Params | null;
  credentials: Params[];
  events: Params[];
  listing: Params | null;
  checkpoint: Params | null;
}

export interface WriterSetup {
  driver: string;
  file: string;
  readonly: boolean;
  pragmas: string[];
  sql: typeof COMMIT_SQL;
}

type Request = { id: number; writes: SessionRows[] } | { close: true };
type Reply = { id: number; conflicted: string[] } | { id: number; error: { message: string; code?: string } };

function toRows(w: SessionWrite): SessionRows {
  return {
    sessionId: w.sessionId,
    session: w.created ? sessionValues(w.created) : null,
    credentials: w.credentials.map((c) => [c.sessionId, c.participantId, c.secretHash]),
    events: w.events.map((e) => [w.sessionId, e.seq, e.at, e.actor, JSON.stringify(e.event)]),
    listing: w.listing ? listingValues(w.listing) : null,
    checkpoint: w.checkpoint ? checkpointValues(w.checkpoint) : null,
  };
}

/**
 * The thread's whole program. It is passed to the thread as source text, so it imports nothing and names no
 * module-level value: it loads its modules through `load` and takes the rest from its setup.
 */
function writerThread(load: (id: string) => unknown): void {
  const threads = load('node:worker_threads') as typeof import('node:worker_threads');
  const setup = threads.workerData as WriterSetup;
  const port = threads.parentPort!;
  const Database = load(setup.driver) as typeof import('better-sqlite3');
  const db = new Database(setup.file, { readonly: setup.readonly, fileMustExist: true });
  for (const pragma of setup.pragmas) db.pragma(pragma);
  const statement = {
    session: db.prepare(setup.sql.insertSession),
    credential: db.prepare(setup.sql.insertCredential),
    event: db.prepare(setup.sql.insertEvent),
    listing: db.prepare(setup.sql.upsertListing),
    checkpoint: db.prepare(setup.sql.upsertCheckpoint),
  };
  // Called inside `commit`'s transaction, better-sqlite3 makes this a savepoint: a throw undoes this session only.
  const writeSession = db.transaction((w: SessionRows) => {
    if (w.session) statement.session.run(...w.session);
    for (const c of w.credentials) statement.credential.run(...c);
    for (const e of w.events) statement.event.run(...e);
    if (w.listing) statement.listing.run(...w.listing);
    if (w.checkpoint) statement.checkpoint.run(...w.checkpoint);
  });
  // A key already stored (a second writer's seq, a join code taken) or a row whose session is gone.
  const isConflict = (error: unknown) => String((error as { code?: unknown } | null)?.code).startsWith('SQLITE_CONSTRAINT');
  const commit = db.transaction((writes: SessionRows[]) => {
    const conflicted: string[] = [];
    for (const w of writes) {
      try {
        writeSession(w);
      } catch (error) {
        if (!isConflict(error)) throw error;
        conflicted.push(w.sessionId);
      }
    }
    return conflicted;
  });
  port.on('message', (request: Request) => {
    if ('close' in request) {
      db.close();
      port.close();
      return;
    }
    let reply: Reply;
    try {
      reply = { id: request.id, conflicted: commit(request.writes) };
    } catch (error) {
      const { message, code } = error as { message?: unknown; code?: unknown };
      reply = { id: request.id, error: { message: String(message ?? error), ...(typeof code === 'string' ? { code } : {}) } };
    }
    port.postMessage(reply);
  });
}

/** The thread's source: esbuild may wrap named functions in `__name`, which the thread must have too. */
const THREAD_SOURCE = `const __name = (f) => f;\n(${writerThread.toString()})(require);`;

/** What a commit that failed in the thread throws here: its message and SQLite's code, as a direct call would. */
function failure(error: { message: string; code?: string }): Error {
  return Object.assign(new Error(error.message), error.code === undefined ? {} : { code: error.code });
}

/** The main thread's end: one commit at a time in order, each answered when the writer has it on disk. */
export class SqliteWriter {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (o: CommitOutcome) => void; reject: (e: Error) => void }>();
  private readonly setup: WriterSetup;
  private closing = false;

  constructor(file: string, options: { readonly: boolean; pragmas: string[] }) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.setup = { driver, file, readonly: options.readonly, pragmas: options.pragmas, sql: COMMIT_SQL };
  }

  commit(writes: SessionWrite[]): Promise<CommitOutcome> {
    const worker = this.running();
    const id = this.nextId++;
    const outcome = new Promise<CommitOutcome>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    // The process stays up while a commit is on its way, and may end while the writer is idle.
    worker.ref();
    worker.postMessage({ id, writes: writes.map(toRows) } satisfies Request);
    return outcome;
  }

  /** Resolves once every commit sent has been answered and the thread has closed its connection. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.closing = true;
    worker.ref();
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ close: true } satisfies Request);
    await exited;
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(THREAD_SOURCE, { eval: true, workerData: this.setup });
    worker.on('message', (reply: Reply) => this.answer(reply));
    // A thread that fails (or is gone) fails what it held; the next commit starts a new one.
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error(`the SQLite writer thread stopped (exit code ${code})`));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private answer(reply: Reply): void {
    const waiter = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (this.pending.size === 0 && !this.closing) this.worker?.unref();
    if (!waiter) return;
    if ('error' in reply) waiter.reject(failure(reply.error));
    else waiter.resolve({ conflicted: reply.conflicted });
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const waiter of waiting) waiter.reject(error);
  }
}
