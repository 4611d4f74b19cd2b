// The join page under many workshops: CPU per request when phones cycle through 60 workshops × 2 languages ×
// 3 encodings (360 variants), with the join page cache and, as the baseline of the same run, compressing every
// request (a cache too small to keep any page). BENCH_ONLY=joinpage.
import fs from 'node:fs';
import path from 'node:path';
import type { ContentEncoding } from '../shared/http/precompressed';
import { JoinPageCache } from '../server/http/joinPageCache';

const WORKSHOPS = 60;
const ROUNDS = 5;
const encodings: (ContentEncoding | undefined)[] = ['br', 'gzip', undefined];

/** The built index.html when there is one (npx vite build), else a page of the same size. */
function template(): string {
  const built = path.resolve('dist/index.html');
  if (fs.existsSync(built)) return fs.readFileSync(built, 'utf8');
  return `<html lang="da"><head></head><body>${Array.from({ length: 800 }, (_, i) => `<p>${i * 7919}</p>`).join('')}</body></html>`;
}

/** CPU milliseconds per request over `rounds` cycles of every variant. */
function cpuPerRequest(cache: JoinPageCache, page: string, rounds: number): number {
  const started = process.cpuUsage();
  let requests = 0;
  for (let round = 0; round < rounds; round++) {
    for (let w = 0; w < WORKSHOPS; w++) {
      for (const language of ['da', 'en']) {
        for (const encoding of encodings) {
          cache.page(`${w}:${language}`, () => page.replace('<body>', `<body><h1>Workshop ${w} ${language}</h1>`), encoding);
          requests += 1;
        }
      }
    }
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / requests;
}

export function joinPageFigures(): string {
  const page = template();
  const cached = new JoinPageCache();
  const firstRound = cpuPerRequest(cached, page, 1);
  const perRequest = cpuPerRequest(cached, page, ROUNDS - 1);
  const uncached = cpuPerRequest(new JoinPageCache(0), page, ROUNDS);
  const { pages, bytes, compressions } = cached.stats();
  return [
    `join page, ${WORKSHOPS * 2 * encodings.length} variants cycled ${ROUNDS} times (${(page.length / 1024).toFixed(0)} KB page):`,
    `  cached, first round (every page compressed once): ${firstRound.toFixed(3)} ms CPU per request`,
    `  cached, later rounds: ${perRequest.toFixed(4)} ms CPU per request; ${compressions} compressions in all, ${pages} pages in ${(bytes / 1024).toFixed(0)} KB`,
    `  compressing every request (baseline): ${uncached.toFixed(3)} ms CPU per request`,
    `  ratio later rounds / baseline: ${(perRequest / uncached).toFixed(4)}`,
  ].join('\n');
}
