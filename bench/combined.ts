// Time to build the organiser's combined view of the largest series it takes (50 workshops, 50,000 ideas), through
// the real server: every workshop read from the store, combined, and written in each format (ms, the median of
// three after one warm-up). Run alone: `npx tsx bench/combined.ts`.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toDocument } from '../shared/export/sessionDocument';
import { combinedLimits } from '../shared/limits';
import { createApp } from '../server/app';
import { openSqliteStore } from '../server/store/sqlite';
import { bigWorkshop } from './exports';

const TOKEN = 'bench-organiser-token-0123456789';
const PER_WORKSHOP = combinedLimits.ideas / combinedLimits.workshops;

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  await run();
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await run();
    runs.push(performance.now() - started);
  }
  return Math.round(runs.sort((a, b) => a - b)[1]!);
}

/** Median milliseconds per format for the combined view of 50 workshops of 1,000 ideas; pdf -1 without Chromium. */
export async function benchCombined(): Promise<Record<string, number>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-bench-combined-'));
  const app = createApp({ store: openSqliteStore(path.join(dataDir, 'bench.sqlite')), adminToken: TOKEN, dataDir, distDir: path.join(dataDir, 'none') });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  try {
    const body = JSON.stringify(toDocument(bigWorkshop(PER_WORKSHOP), Date.now(), false));
    const ids: string[] = [];
    for (let i = 0; i < combinedLimits.workshops; i++) {
      const res = await fetch(`${url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (res.status !== 201) throw new Error(`import answered ${res.status}: ${await res.text()}`);
      ids.push(((await res.json()) as { sessionId: string }).sessionId);
    }
    const get = (format: string) => async () => {
      const res = await fetch(`${url}/api/admin/combined.${format}?ids=${ids.join(',')}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      if (res.status !== 200) throw new Error(`combined.${format} answered ${res.status}`);
      await res.arrayBuffer();
    };
    const figures: Record<string, number> = { json: await medianMs(get('json')), csv: await medianMs(get('csv')), xlsx: await medianMs(get('xlsx')) };
    figures.pdf = fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') ? await medianMs(get('pdf')) : -1;
    return figures;
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchCombined();
  console.log(`Combined view of ${combinedLimits.workshops} workshops, ${combinedLimits.ideas.toLocaleString('en')} ideas (ms, target < 2000):`);
  for (const [format, ms] of Object.entries(figures)) console.log(`  ${format.padEnd(5)} ${ms < 0 ? 'skipped (no Chromium)' : ms}`);
}
