// The production server bundle, built for a test into its own folder inside the repo (so node_modules resolves).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { serverBuild } from '../../scripts/buildServer';

export interface ServerBuild {
  dir: string;
  main: string;
  backup: string;
  restore: string;
  remove(): void;
}

export async function buildServer(): Promise<ServerBuild> {
  const root = path.resolve('.test-build');
  fs.mkdirSync(root, { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, 'server-'));
  await build({ ...serverBuild, outdir: dir, sourcemap: false });
  return {
    dir,
    main: path.join(dir, 'main.js'),
    backup: path.join(dir, 'backup.js'),
    restore: path.join(dir, 'restore.js'),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
