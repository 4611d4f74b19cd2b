import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHONE_SCREEN, staticClosure } from '../../server/http/joinPage';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const dist = path.resolve('dist');
const manifest = (): Map<string, ManifestChunk> =>
  new Map(Object.entries(JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>));

const entryOf = (chunks: Map<string, ManifestChunk>) => [...chunks].find(([, chunk]) => chunk.isEntry)![0];
/** The chunks a phone loads on /j/CODE before it runs: the entry's, and the participant screen's were it apart. */
const phoneFirstLoad = (chunks: Map<string, ManifestChunk>) => staticClosure(chunks, [entryOf(chunks), PHONE_SCREEN]);

/** The text of every file a phone loads on /j/CODE before it runs. */
function phoneFirstLoadCode(): string {
  const chunks = manifest();
  return [...phoneFirstLoad(chunks)].map((key) => fs.readFileSync(path.join(dist, chunks.get(key)!.file), 'utf8')).join('\n');
}

const OTHER_FACES = ['screens/FacilitatorScreen.tsx', 'screens/ProjectorScreen.tsx', 'screens/AdminScreen.tsx', 'screens/Home.tsx'];

describe('the built client', () => {
  // The server validates every input; the client must not pay ~24 KB gzipped for zod by importing a schema module.
  it('contains no zod', () => {
    const assets = path.join(dist, 'assets');
    const withZod = fs
      .readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => fs.readFileSync(path.join(assets, f), 'utf8').includes('ZodError'));
    expect(withZod).toEqual([]);
  });

  // Word keys are made on the server (docs/architecture.md "Words"): no screen carries the stemmer or the stop lists.
  it('contains neither the Danish stemmer nor the stop lists, in any chunk', () => {
    const assets = path.join(dist, 'assets');
    const markers = ['"og","i","jeg","det"', '"ourselves"', 'this.cursor'];
    const withWords = fs
      .readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => markers.some((marker) => fs.readFileSync(path.join(assets, f), 'utf8').includes(marker)));
    expect(withWords).toEqual([]);
  });

  it('loads on a phone none of the chunks that only the console, projector, organiser or home page use', () => {
    const chunks = manifest();
    const phone = phoneFirstLoad(chunks);
    // The other faces are imported on demand by the app's router, which the phone loads.
    expect([...phone].flatMap((key) => chunks.get(key)!.dynamicImports ?? [])).toEqual(expect.arrayContaining(OTHER_FACES));
    const othersOnly = [...staticClosure(chunks, OTHER_FACES)].filter((key) => !phone.has(key));
    // The faces are separate chunks, and the code they alone use (drag and drop, forms, exports) is not the phone's.
    expect(OTHER_FACES.filter((face) => phone.has(face))).toEqual([]);
    expect(othersOnly).toEqual(expect.arrayContaining(OTHER_FACES));
    expect(othersOnly.length).toBeGreaterThan(OTHER_FACES.length);
    const phoneFiles = [...phone].map((key) => chunks.get(key)!.file);
    for (const face of OTHER_FACES) expect(phoneFiles).not.toContain(chunks.get(face)!.file);
  });

  it('has no code from drag and drop, the organiser pages or the export forms in what the phone loads', () => {
    const phoneCode = phoneFirstLoadCode();
    // Strings that survive minification: dnd-kit's screen reader announcements, the admin and import endpoints.
    for (const marker of ['Picked up draggable item', '/api/admin/sessions', '/api/sessions/import']) expect(phoneCode.includes(marker), marker).toBe(false);
  });

  it("has neither the English strings nor the console's strings in what a phone shown Danish loads", () => {
    const phoneCode = phoneFirstLoadCode();
    // The Danish name label is the phone's own; its English twin, the presenter's bar and the drag hint are not.
    expect(phoneCode).toContain('Dit navn (valgfrit)');
    for (const marker of ['Your name (optional)', 'Styring af dagen', 'Træk idéer mellem sektorerne']) expect(phoneCode.includes(marker), marker).toBe(false);
    // Nor the English of the phone's polls, the console's poll form or its moderation of questions.
    for (const marker of ['Send answer', 'Ny afstemning', 'Godkend spørgsmål, før de vises']) expect(phoneCode.includes(marker), marker).toBe(false);
  });

  it('loads the questions and poll screens after the phone has its first screen, not with it', () => {
    const chunks = manifest();
    const later = ['features/questions/QuestionsPhone.tsx', 'features/polls/PollPhone.tsx'];
    expect(later.filter((part) => !chunks.has(part))).toEqual([]);
    expect(later.filter((part) => phoneFirstLoad(chunks).has(part))).toEqual([]);
  });

  // The first-load targets: at most 90 kB as sent to a browser that accepts brotli, in a few files (each file is a
  // request and starts compressing from nothing; client/build/phoneChunk.ts).
  it('sends a phone its first load in at most three scripts and 90 kB of brotli', () => {
    const chunks = manifest();
    const files = [...phoneFirstLoad(chunks)].map((key) => path.join(dist, chunks.get(key)!.file));
    expect(files.length).toBeLessThanOrEqual(3);
    const brotliBytes = files.reduce((sum, file) => sum + fs.statSync(`${file}.br`).size, 0);
    expect(brotliBytes).toBeLessThanOrEqual(90_000);
  });
});
