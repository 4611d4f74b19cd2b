// Participant first load: the code a phone downloads to show the participant screen, as the server sends it.
// Builds the client into a temporary directory and follows the chunks' static imports from the entry (and from
// the ParticipantScreen chunk, were it one of its own) in Vite's manifest; sizes are the build's precompressed files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PHONE_SCREEN, staticClosure } from '../server/http/joinPage';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface BundleFigures {
  /** JS as sent to a browser that accepts brotli (every current one). */
  jsBrotliKb: number;
  jsGzipKb: number;
  /** index.html, its stylesheet inlined, brotli. */
  htmlBrotliKb: number;
  files: { file: string; brotliKb: number; gzipKb: number }[];
}

/** kB of 1,000 bytes, as Vite prints them. */
const kb = (bytes: number) => Math.round(bytes / 100) / 10;
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;

/** The size a browser receives: the precompressed variant the build wrote, or the file itself when it has none. */
function sentBytes(file: string, suffix: '.br' | '.gz'): number {
  return fs.existsSync(file + suffix) ? fs.statSync(file + suffix).size : fs.statSync(file).size;
}

export function participantFirstLoad(): BundleFigures {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-bundle-'));
  try {
    execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
    const manifest = new Map(Object.entries(JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>));
    const entry = [...manifest.keys()].find((key) => manifest.get(key)!.isEntry);
    if (!entry) throw new Error('manifest has no entry');
    // The participant screen is in the entry's chunks (client/build/phoneChunk.ts), or a chunk of its own.
    const chunks = staticClosure(manifest, [entry, PHONE_SCREEN]);
    const files = [...chunks].map((key) => {
      const file = path.join(outDir, manifest.get(key)!.file);
      // The build writes a .gz only when it is smaller; gzip it here to have the figure either way.
      const gzip = fs.existsSync(`${file}.gz`) ? sentBytes(file, '.gz') : gzipSync(fs.readFileSync(file)).length;
      return { file: manifest.get(key)!.file.replace(/^assets\//, ''), brotliKb: kb(sentBytes(file, '.br')), gzipKb: kb(gzip) };
    });
    return {
      jsBrotliKb: sum(files.map((f) => f.brotliKb)),
      jsGzipKb: sum(files.map((f) => f.gzipKb)),
      htmlBrotliKb: kb(sentBytes(path.join(outDir, 'index.html'), '.br')),
      files,
    };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
