// What a restore accepts: a database with only the schema the app makes. A trigger, a view or a table of its own
// in a file brought from elsewhere would run or be read with the app's rights, and nothing the app writes would
// ever remove it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from './sqlite';

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
}

const objectsOf = (db: Database.Database) => db.prepare<[], SchemaObject>('SELECT type, name, tbl_name FROM sqlite_master').all();
const columnsOf = (db: Database.Database, table: string) =>
  new Set(db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(table).map((c) => c.name));

/** The app's own schema, as this version makes it in an empty file. */
async function appSchema<T>(read: (db: Database.Database) => T): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-schema-'));
  try {
    const file = path.join(dir, 'reference.sqlite');
    await openSqliteStore(file).close();
    const db = new Database(file, { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Null when every table, index and column of `file` is one this version of the app makes (an older backup may lack
 * some); otherwise the first thing that is not. Triggers and views are never the app's.
 */
export async function foreignSchema(file: string): Promise<string | null> {
  const reference = await appSchema((db) => ({
    objects: new Set(objectsOf(db).map((o) => `${o.type} ${o.name}`)),
    columns: new Map(objectsOf(db).filter((o) => o.type === 'table').map((o) => [o.name, columnsOf(db, o.name)])),
  }));
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    for (const object of objectsOf(db)) {
      if (!reference.objects.has(`${object.type} ${object.name}`)) return `${object.type} ${object.name} is not one the app makes`;
      if (object.type !== 'table') continue;
      const known = reference.columns.get(object.name)!;
      const unknown = [...columnsOf(db, object.name)].filter((c) => !known.has(c));
      if (unknown.length) return `table ${object.name} has columns the app does not make (${unknown.join(', ')})`;
    }
    return null;
  } finally {
    db.close();
  }
}
