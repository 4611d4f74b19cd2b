// Participant first load: what a phone downloads to show the participant screen, gzipped.
// Builds the client into a temporary directory with a manifest and follows the chunks' static imports
// from the entry and from the lazy ParticipantScreen chunk.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export interface BundleFigures {
  jsKb: number;
  cssKb: number;
  files: { file: string; gzipKb: number }[];
}

const PARTICIPANT_SCREEN = 'screens/ParticipantScreen.tsx';
/** kB of 1,000 bytes, as Vite prints them. */
const kb = (bytes: number) => Math.round(bytes / 100) / 10;

export function participantFirstLoad(): BundleFigures {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-bundle-'));
  try {
    execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], { stdio: 'inherit' });
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
    if (!entry || !manifest[PARTICIPANT_SCREEN]) throw new Error('manifest has no entry or no participant screen');
    const chunks = new Set<string>();
    const visit = (key: string) => {
      if (chunks.has(key)) return;
      chunks.add(key);
      for (const imported of manifest[key]?.imports ?? []) visit(imported);
    };
    visit(entry);
    visit(PARTICIPANT_SCREEN);
    const files = new Set([...chunks].flatMap((key) => [manifest[key]!.file, ...(manifest[key]!.css ?? [])]));
    const sized = [...files].map((file) => ({ file, gzipKb: kb(gzipSync(fs.readFileSync(path.join(outDir, file))).length) }));
    const total = (ext: string) => Math.round(sized.filter((f) => f.file.endsWith(ext)).reduce((sum, f) => sum + f.gzipKb, 0) * 10) / 10;
    return { jsKb: total('.js'), cssKb: total('.css'), files: sized.map((f) => ({ ...f, file: f.file.replace(/^assets\//, '') })) };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
