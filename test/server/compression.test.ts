import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferredEncoding } from '../../server/http/buildFiles';
import { ENGLISH_STRINGS } from '../../server/http/joinPage';
import { buildClient } from '../kit/build';
import { decoded, rawGet } from '../kit/rawHttp';
import { type Created, startServer, type TestServer } from '../kit/testServer';
import { seedWorkshop } from '../kit/workshop';

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
const TITLE = 'Biblioteket <3 partnere & "venner"';
let build: ReturnType<typeof buildClient>;
let server: TestServer;
let created: Created;

beforeAll(async () => {
  build = buildClient();
  server = await startServer({ distDir: build.outDir });
  created = await server.createSession({ title: TITLE });
});
afterAll(async () => {
  await server?.close();
  build?.remove();
});

/** What a phone fetches on its first load of /j/CODE: the page, then every script it names. */
async function phoneFirstLoad(): Promise<string[]> {
  const page = decoded(await rawGet(`${server.url}/j/${created.joinCode}`)).toString('utf8');
  const scripts = [...page.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g)].map((m) => m[1]!);
  return [`/j/${created.joinCode}`, ...scripts];
}

describe('the phone first load', () => {
  it('is the join page, the entry and the phone screen chunks, with the stylesheet inside the page', async () => {
    const resources = await phoneFirstLoad();
    const page = decoded(await rawGet(`${server.url}/j/${created.joinCode}`)).toString('utf8');
    expect(resources.filter((r) => r.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
    expect(page).toContain('<style>');
    expect(page).not.toMatch(/<link rel="stylesheet"/);
  });

  it.each([
    { accept: 'br, gzip', encoding: 'br' },
    { accept: 'gzip', encoding: 'gzip' },
    { accept: '', encoding: undefined },
  ])('answers Accept-Encoding "$accept" with $encoding, the same bytes once decoded, and its cache header', async ({ accept, encoding }) => {
    for (const resource of await phoneFirstLoad()) {
      const identity = await rawGet(server.url + resource);
      const answer = await rawGet(server.url + resource, accept ? { 'accept-encoding': accept } : {});
      expect(answer.status, resource).toBe(200);
      expect(answer.headers['content-encoding'], resource).toBe(encoding);
      expect(answer.headers.vary, resource).toMatch(/Accept-Encoding/);
      expect(decoded(answer).equals(identity.body), resource).toBe(true);
      if (encoding) expect(answer.body.length, resource).toBeLessThan(identity.body.length);
      if (resource.startsWith('/assets/')) {
        expect(answer.headers['cache-control'], resource).toBe(YEAR_IMMUTABLE);
        // A script is no document: it carries nosniff, not the page's CSP.
        expect(answer.headers['x-content-type-options'], resource).toBe('nosniff');
        expect(answer.headers['content-security-policy'], resource).toBeUndefined();
        expect(answer.headers['last-modified'], resource).toBeUndefined();
        expect(identity.body.equals(fs.readFileSync(path.join(build.outDir, resource))), resource).toBe(true);
      } else {
        expect(answer.headers['cache-control'], resource).toBe('no-cache');
        expect(answer.headers['content-type'], resource).toMatch(/^text\/html/);
        expect(answer.headers['content-security-policy'], resource).toMatch(/script-src 'self' 'sha256-/);
        expect(answer.headers.etag, resource).toBeDefined();
        expect(answer.headers['last-modified'], resource).toBeUndefined();
      }
    }
  });

  it('puts the workshop title, escaped, and the name field in the join page', async () => {
    const page = decoded(await rawGet(`${server.url}/j/${created.joinCode.toLowerCase()}`, { 'accept-encoding': 'br' })).toString('utf8');
    expect(page).toContain('<h1>Biblioteket &lt;3 partnere &amp; &quot;venner&quot;</h1>');
    expect(page).toMatch(/<input id="shell-display-name" name="name"/);
    expect(page).not.toContain(TITLE);
  });

  it('writes the join page in English for a browser that asks for English first', async () => {
    const page = decoded(await rawGet(`${server.url}/j/${created.joinCode}`, { 'accept-language': 'en-GB,en;q=0.9,da;q=0.8' })).toString('utf8');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Your name (optional)');
    // The client waits for the English strings before it renders: they are preloaded with the phone's code.
    const manifest = JSON.parse(fs.readFileSync(path.join(build.outDir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
    const english = `<link rel="modulepreload" crossorigin href="/${manifest[ENGLISH_STRINGS]!.file}">`;
    expect(page).toContain(english);
    const danish = decoded(await rawGet(`${server.url}/j/${created.joinCode}`, { 'accept-language': 'da' })).toString('utf8');
    expect(danish).not.toContain(english);
  });

  it('answers an unknown code and any other client route with the plain index.html, compressed and revalidated', async () => {
    const index = fs.readFileSync(path.join(build.outDir, 'index.html'));
    for (const route of ['/j/ZZZZZZ', '/', '/p/ZZZZZZ', '/index.html', '/admin']) {
      const answer = await rawGet(server.url + route, { 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(answer.headers['content-encoding'], route).toBe('br');
      expect(answer.headers['cache-control'], route).toBe('no-cache');
      expect(decoded(answer).equals(index), route).toBe(true);
    }
  });

  it('answers a missing file, and the build manifest, with 404 rather than the page', async () => {
    for (const missing of ['/.vite/manifest.json', '/favicon.ico', '/assets/index-0ld.js']) {
      expect((await rawGet(server.url + missing)).status, missing).toBe(404);
    }
  });
});

describe('API answers', () => {
  it('compresses a large JSON export on the fly and leaves a small answer alone', async () => {
    const { created } = await seedWorkshop(server, { title: TITLE });
    const headers = { 'accept-encoding': 'br, gzip', authorization: `Bearer ${created.facilitatorKey}` };
    const identity = await rawGet(`${server.url}/api/sessions/${created.sessionId}/export.json`, { authorization: headers.authorization });
    expect(identity.body.length).toBeGreaterThan(4 * 1024);
    expect(identity.headers['content-encoding']).toBeUndefined();
    const large = await rawGet(`${server.url}/api/sessions/${created.sessionId}/export.json`, headers);
    expect(large.status).toBe(200);
    expect(large.headers['content-encoding']).toBe('br');
    expect(large.body.length).toBeLessThan(identity.body.length / 3);
    expect(JSON.parse(decoded(large).toString('utf8'))).toMatchObject({ session: { title: TITLE } });
    const small = await rawGet(`${server.url}/api/join/${created.joinCode}`, headers);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ title: TITLE, deleteOn: null });
  });
});

describe('the join page and wrong codes', () => {
  it('charges a wrong code in the address to the same budget as a wrong code asked of the API', async () => {
    // The page shows a title only for a code that exists: guessing codes through it must cost as much.
    for (let i = 0; i < 25; i++) await rawGet(`${server.url}/j/ZZZZZ${'23456789ABCDEFGHJKMNPQRSTUVWXY'[i]}`);
    const answer = await rawGet(`${server.url}/api/join/ZZZZZZ`);
    expect(answer.status).toBe(429);
    expect(JSON.parse(answer.body.toString('utf8'))).toMatchObject({ code: 'rate_limited' });
  });
});

describe('preferredEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['gzip;q=0, br;q=0', undefined],
    ['*', 'br'],
    ['*;q=0.1, gzip;q=0.5', 'gzip'],
    ['identity', undefined],
    ['BR', 'br'],
    ['', undefined],
    [undefined, undefined],
  ] as const)('picks %j -> %s', (header, expected) => {
    expect(preferredEncoding({ headers: header === undefined ? {} : { 'accept-encoding': header } }, ['br', 'gzip'])).toBe(expected);
  });
});
