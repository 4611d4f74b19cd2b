// Which built files the phone's service worker precaches: the entry with everything it imports, and what the phone
// loads later (its questions, polls, results, idea editor, English strings) — not the console's, projector's or
// organiser's screens, which a phone never opens and should not download on venue Wi-Fi.
import fs from 'node:fs';
import path from 'node:path';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** The other faces' screens: loaded by the app's router, never by the phone. */
const OTHER_SCREENS = /^screens\/(?!ParticipantScreen)/;

export function phoneFiles(manifest: Record<string, ManifestChunk>): Set<string> {
  const files = new Set<string>(['index.html']);
  const seen = new Set<string>();
  const visit = (key: string, followDynamic: boolean) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported, followDynamic);
    if (followDynamic) for (const lazy of chunk.dynamicImports ?? []) if (!OTHER_SCREENS.test(lazy)) visit(lazy, false);
  };
  visit('index.html', true);
  for (const key of seen) for (const lazy of manifest[key]?.dynamicImports ?? []) if (!OTHER_SCREENS.test(lazy)) visit(lazy, false);
  return files;
}

/** The built file of a screen in OTHER_SCREENS, by the name Vite gives a route's chunk. */
const OTHER_SCREEN_FILE = /^assets\/(Home|NewWorkshop|(?!Participant)\w+Screen)-[\w-]+\.js$/;

/**
 * `build.modulePreload.resolveDependencies`: what is fetched beside a dynamic import. For another face's screen,
 * its stylesheets only: its scripts come through its own static imports a moment later, and every name listed here
 * is carried in the phone's first load.
 */
export function stylesheetsOnlyForOtherScreens(filename: string, deps: string[]): string[] {
  return OTHER_SCREEN_FILE.test(filename) ? deps.filter((dep) => dep.endsWith('.css')) : deps;
}

/** A workbox `manifestTransform` keeping only the phone's files, read from the build's Vite manifest. */
export function phoneFilesOnly(outDir: string) {
  return async <T extends { url: string }>(entries: T[]) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    const keep = phoneFiles(manifest);
    return { manifest: entries.filter((entry) => keep.has(entry.url.replace(/^\//, ''))), warnings: [] };
  };
}
