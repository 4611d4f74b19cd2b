// The pieces of running it for real that need no process of their own: log level and redaction, the build's runtime packages, the backup download.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverBuild } from '../../scripts/buildServer';
import { createLogger } from '../../server/ops/log';
import { startServer, type TestServer } from '../kit/testServer';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>));
      done();
    },
  });
  return { lines, stream };
}

describe('the logger', () => {
  it('keeps to LOG_LEVEL', () => {
    const { lines, stream } = capture();
    const log = createLogger({ LOG_LEVEL: 'warn' }, stream);
    log.info('hidden');
    log.warn('shown');
    expect(lines.map((l) => l.msg)).toEqual(['shown']);
  });

  it('redacts secret-looking fields even if a caller passes them', () => {
    const { lines, stream } = capture();
    createLogger({}, stream).info({ key: 'k-secret', secret: 's-secret', text: 'idea text', payload: { a: 1 }, ok: 1 }, 'x');
    expect(JSON.stringify(lines)).not.toMatch(/k-secret|s-secret|idea text/);
    expect(lines[0]).toMatchObject({ key: '[redacted]', ok: 1 });
  });
});

describe('the production build', () => {
  it('imports at run time only packages from dependencies, never a dev tool', async () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const result = await build({ ...serverBuild, write: false, metafile: true, outdir: 'unused' });
    const external = new Set<string>();
    for (const output of Object.values(result.metafile.outputs)) {
      for (const imported of output.imports) {
        if (!imported.external || imported.path.startsWith('node:')) continue;
        const name = imported.path.startsWith('@') ? imported.path.split('/').slice(0, 2).join('/') : imported.path.split('/')[0]!;
        external.add(name);
      }
    }
    expect(external.size).toBeGreaterThan(5);
    // pino-pretty is looked up at run time only when present; it is not imported.
    expect([...external].filter((name) => !Object.hasOwn(pkg.dependencies, name))).toEqual([]);
  });
});

describe('the organiser backup download', () => {
  const ADMIN_TOKEN = 'admin-token-for-backup-0123456789';
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ adminToken: ADMIN_TOKEN });
    await server.createSession();
  });
  afterAll(() => server.close());

  it('sends a sound copy of the database to the ADMIN_TOKEN in the header, never in the address', async () => {
    expect((await fetch(`${server.url}/api/admin/backup`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/admin/backup`, { headers: { authorization: 'Bearer wrong-token-0123456789abcdef' } })).status).toBe(403);
    expect((await fetch(`${server.url}/api/admin/backup?key=${ADMIN_TOKEN}`)).status).toBe(400);
    const res = await fetch(`${server.url}/api/admin/backup`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?outofthebox-\d{4}-\d\d-\d\d-\d{4}\.sqlite"?$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-download-')), 'backup.sqlite');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 1 });
    db.close();
  });
});
