// /j/CODE for a workshop that exists: index.html with the join page already in it (shared/page/joinShell.ts),
// the workshop's title in <title>, and preload hints for the phone's code, compressed once per title, language and
// encoding (server/http/joinPageCache.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';
import { joinShellHtml } from '../../shared/page/joinShell';
import { negotiate } from './buildFiles';
import { JoinPageCache } from './joinPageCache';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/**
 * The manifest key of the phone's screen when it is a chunk of its own (Vite names dynamic entries by their source
 * path). The build puts it in the entry's own chunk (client/build/phoneChunk.ts), where index.html loads it.
 */
export const PHONE_SCREEN = 'screens/ParticipantScreen.tsx';
/** The manifest key of the English strings' chunk, which the client fetches before it renders in English. */
export const ENGLISH_STRINGS = 'i18n/english.ts';

/** Manifest keys of the chunks and their static imports, transitively. */
export function staticClosure(manifest: Map<string, ManifestChunk>, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest.has(key)) return;
    seen.add(key);
    for (const imported of manifest.get(key)!.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  return seen;
}

/** The phone's chunks that index.html does not already load or preload, to be fetched beside the entry. */
export function phoneChunks(distDir: string, language: 'da' | 'en' = 'da'): string[] {
  const manifestFile = path.join(distDir, '.vite/manifest.json');
  if (!fs.existsSync(manifestFile)) return [];
  const manifest = new Map(Object.entries(JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>));
  const inIndexHtml = staticClosure(manifest, ['index.html']);
  const phone = staticClosure(manifest, language === 'en' ? [PHONE_SCREEN, ENGLISH_STRINGS] : [PHONE_SCREEN]);
  return [...phone].filter((key) => !inIndexHtml.has(key)).map((key) => manifest.get(key)!.file);
}

export function joinPages(template: string, distDir: string, cache = new JoinPageCache()) {
  // A page in English also preloads the English strings, which the client waits for before it renders.
  const preloadsOf = (language: 'da' | 'en') =>
    phoneChunks(distDir, language)
      .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
      .join('');
  const preloads = { da: preloadsOf('da'), en: preloadsOf('en') };
  const render = (joinCode: string, title: string, language: 'da' | 'en') =>
    template
      .replace(/<html lang="[^"]*">/, `<html lang="${language}">`)
      .replace('</head>', `${preloads[language]}</head>`)
      .replace('<body>', () => `<body>${joinShellHtml(joinCode, title, language)}`);

  return function sendJoinPage(req: Request, res: Response, joinCode: string, title: string): void {
    const encoding = negotiate(req, res, ['br', 'gzip']);
    res.vary('Accept-Language');
    // As the client chooses (client/i18n): English when the browser's first language is, Danish otherwise.
    const language = req.acceptsLanguages()[0]?.toLowerCase().startsWith('en') ? 'en' : 'da';
    // A renamed workshop's old page simply ages out of the cache.
    const page = cache.page(JSON.stringify([joinCode, title, language]), () => render(joinCode, title, language), encoding);
    res.type('html').set('Cache-Control', 'no-cache');
    if (encoding) res.set('Content-Encoding', encoding);
    res.send(page);
  };
}
