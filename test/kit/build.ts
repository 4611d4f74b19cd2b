// The client built into a temporary directory, so a test reads a build of this checkout and never races
// another test (or `npm test`) rebuilding dist/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function buildClient(): { outDir: string; remove: () => void } {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-build-'));
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  return { outDir, remove: () => fs.rmSync(outDir, { recursive: true, force: true }) };
}
