// A node starting on a database, as its own process. `open`: opens the store as the server does and prints what
// opening did. `pause`: applies this release's migrations and then one more that stops half-way (its table made,
// a row written, not committed) and says "paused" on stdout; the test kills it there. `finish`: the same
// migration, not stopped: the release that has it, started again.
import Database from 'better-sqlite3';
import pg from 'pg';
import { type Migration, migrations } from '../../server/store/migrations';
import { openPostgresStore } from '../../server/store/postgres';
import { migrate } from '../../server/store/postgresSchema';
import { openSqliteStore } from '../../server/store/sqlite';
import { migrateSqlite } from '../../server/store/sqliteSchema';

const [engine, target, mode, backupDir] = process.argv.slice(2);
const halfDone = (stop: string): Migration => ({
  version: migrations.length + 1,
  name: 'a migration that stops half-way',
  sql: () => `CREATE TABLE upgrade_probe (x INTEGER); INSERT INTO upgrade_probe VALUES (1); SELECT ${stop};`,
});

if (mode === 'open') {
  const store =
    engine === 'sqlite'
      ? openSqliteStore(target!, { onMigrated: (report) => console.log(JSON.stringify(report)) })
      : await openPostgresStore(target!, { backupDir, onMigrated: (report) => console.log(JSON.stringify(report)) });
  await store.close();
} else if (engine === 'sqlite') {
  const db = new Database(target!);
  db.pragma('busy_timeout = 5000');
  db.function('pause', () => {
    process.stdout.write('paused\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    return null;
  });
  migrateSqlite(db, target!, [...migrations, halfDone(mode === 'finish' ? '1' : 'pause()')]);
  db.close();
} else {
  const pool = new pg.Pool({ connectionString: target, max: 1 });
  // The parent sees the statement running (pg_stat_activity) and kills this process there.
  await migrate(pool, target!, { list: [...migrations, halfDone(mode === 'finish' ? '1' : 'pg_sleep(600)')] });
  await pool.end();
}
