// The server and its command-line tools as plain JavaScript in dist-server/, so production runs `node` without tsx.
// Packages stay external (node_modules holds them); only our TypeScript is bundled.
import { build, type BuildOptions } from 'esbuild';

export const SERVER_OUT_DIR = 'dist-server';

export const serverBuild = {
  entryPoints: { main: 'server/main.ts', backup: 'server/cli/backup.ts', restore: 'server/cli/restore.ts' },
  outdir: SERVER_OUT_DIR,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
} satisfies BuildOptions;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  await build(serverBuild);
}
