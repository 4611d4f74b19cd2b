import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHONE_SCREEN } from '../../server/http/joinPage';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const dist = path.resolve('dist');
const manifest = (): Map<string, ManifestChunk> =>
  new Map(Object.entries(JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>));

/** Every chunk a route loads before it runs: the chunks themselves and their static imports, transitively. */
function staticClosure(chunks: Map<string, ManifestChunk>, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of chunks.get(key)?.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  return seen;
}

/** The text of every file a phone loads on /j/CODE before it runs. */
function phoneFirstLoadCode(): string {
  const chunks = manifest();
  const entry = [...chunks].find(([, chunk]) => chunk.isEntry)![0];
  return [...staticClosure(chunks, [entry, PHONE_SCREEN])].map((key) => fs.readFileSync(path.join(dist, chunks.get(key)!.file), 'utf8')).join('\n');
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

  it('loads on a phone none of the chunks that only the console, projector, organiser or home page use', () => {
    const chunks = manifest();
    const entry = [...chunks].find(([, chunk]) => chunk.isEntry)![0];
    expect(chunks.get(entry)!.dynamicImports).toEqual(expect.arrayContaining([PHONE_SCREEN, ...OTHER_FACES]));
    const phone = staticClosure(chunks, [entry, PHONE_SCREEN]);
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
  });

  it('loads the questions and poll screens after the phone has its first screen, not with it', () => {
    const chunks = manifest();
    const entry = [...chunks].find(([, chunk]) => chunk.isEntry)![0];
    const phone = staticClosure(chunks, [entry, PHONE_SCREEN]);
    const later = ['features/questions/QuestionsPhone.tsx', 'features/polls/PollPhone.tsx'];
    expect(chunks.get(PHONE_SCREEN)!.dynamicImports).toEqual(expect.arrayContaining(later));
    expect(later.filter((part) => phone.has(part))).toEqual([]);
  });
});
