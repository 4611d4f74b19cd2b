// The schema of both stores, declared once as one numbered list of migrations. Each engine renders the same
// statements in its own words (a 64-bit integer, SQLite's WITHOUT ROWID), applies the pending ones in a
// transaction each and records every version in `schema_migrations`.

export interface Dialect {
  /** Milliseconds since 1970 do not fit PostgreSQL's INTEGER; SQLite's INTEGER holds 64 bits. */
  bigint: string;
  /** SQLite keeps rows keyed by their primary key in the key's own tree; PostgreSQL has no such clause. */
  withoutRowid: string;
}

export const sqliteDialect: Dialect = { bigint: 'INTEGER', withoutRowid: ' WITHOUT ROWID' };
export const postgresDialect: Dialect = { bigint: 'BIGINT', withoutRowid: '' };

export interface Migration {
  version: number;
  /** What it changes, for the log line and the operator. */
  name: string;
  sql: (d: Dialect) => string;
}

/**
 * Never edit a migration that has shipped: add the next one. Keep what the previous release reads (add with
 * defaults; rename or drop a release later): its nodes still run while the first new one migrates. SQLite runs
 * migrations before foreign keys are switched on, so one may rebuild a table the SQLite way (copy, drop, rename). A release knows the versions up to the last entry;
 * a database recorded past it was upgraded by a newer release and is refused untouched.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'sessions, events, listings, checkpoints, credentials',
    // IF NOT EXISTS: SQLite files made before versions were recorded are brought to version 1 by this same text.
    sql: (d) => `
      CREATE TABLE IF NOT EXISTS sessions (
        id TEXT PRIMARY KEY,
        join_code TEXT NOT NULL UNIQUE,
        facilitator_key_hash TEXT NOT NULL,
        title TEXT NOT NULL,
        created_at ${d.bigint} NOT NULL,
        status TEXT NOT NULL DEFAULT 'active'
      );
      CREATE TABLE IF NOT EXISTS events (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        at ${d.bigint} NOT NULL,
        actor TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (session_id, seq)
      )${d.withoutRowid};
      CREATE TABLE IF NOT EXISTS listings (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        participants INTEGER NOT NULL,
        ideas INTEGER NOT NULL,
        votes INTEGER NOT NULL
      )${d.withoutRowid};
      CREATE TABLE IF NOT EXISTS checkpoints (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        state TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS credentials (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL,
        secret_hash TEXT NOT NULL,
        PRIMARY KEY (session_id, participant_id)
      )${d.withoutRowid};`,
  },
  {
    version: 2,
    name: 'checkpoints record the version of the state they hold',
    // Checkpoints written before have version 0: no release trusts them, each is rebuilt from its events.
    sql: () => 'ALTER TABLE checkpoints ADD COLUMN state_version INTEGER NOT NULL DEFAULT 0;',
  },
];

export const SCHEMA_VERSION = migrations.at(-1)!.version;

/** The database was upgraded by a newer release: this one must not read or write it. */
export class SchemaTooNew extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The database is at schema version ${found}, but this release knows versions up to ${known}: a newer release has ` +
        'upgraded it. Nothing was changed. Start the newer release again, or restore the backup taken before that upgrade ' +
        '(docs/operations.md, "Upgrade").',
    );
    this.name = 'SchemaTooNew';
  }
}

/** The migrations a database at `current` still needs; throws when it is past the last one of `list`. */
export function pendingMigrations(current: number, list: readonly Migration[] = migrations): Migration[] {
  const known = list.at(-1)?.version ?? 0;
  if (current > known) throw new SchemaTooNew(current, known);
  return list.filter((m) => m.version > current);
}

/** What opening a database did to its schema: `backup` is the copy taken before migrating, if any. */
export interface MigrationReport {
  from: number;
  to: number;
  backup?: string;
}

/** `schema_migrations` itself, the same in both engines: created before the first migration runs. */
export const VERSION_TABLE = 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)';

/** The file name (without directory) of the copy taken before migrating a database at `version`. */
export function backupName(base: string, version: number, at: Date, extension: string): string {
  return `${base}.schema-${version}.${at.toISOString().replace(/[:.]/g, '-')}.${extension}`;
}
