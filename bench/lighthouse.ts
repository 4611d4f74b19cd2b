// Lighthouse against the production build (client and server), as a phone on venue Wi-Fi meets it: the mobile preset (simulated slow
// 4G: 150 ms RTT, 1.6 Mbit/s, 4x CPU slowdown) in Debian's Chromium, on the join page and on the board of a
// phone that has joined (collecting, 100 ideas). Each page is run several times; the median run is reported.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { nanoid } from 'nanoid';
import puppeteer, { type Browser } from 'puppeteer-core';
import { IDENTITY_KEY_PREFIX } from '../shared/page/joinShellFields';
import { spawnServer } from '../test/kit/process';
import { buildServer } from '../test/kit/serverBuild';
import { seedOurs } from './seedOurs';

export interface PageFigures {
  page: 'join' | 'board';
  url: string;
  runs: number;
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Everything the page fetched, as sent (compressed, with headers). */
  transferKb: number;
  /** The scripts among it. */
  scriptKb: number;
  /** Lighthouse's estimate of the loaded JavaScript that never ran on this page. */
  unusedScriptKb: number;
  /** Script evaluation and parsing on the main thread (simulated 4x slower CPU). */
  scriptBootupMs: number;
}

const BOARD_IDEAS = 100;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
/** kB of 1,000 bytes. */
const kb = (bytes: number) => Math.round(bytes / 100) / 10;
const ms = (value: number | undefined) => Math.round(value ?? Number.NaN);

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function figuresOf(page: PageFigures['page'], url: string, runs: Result[]): PageFigures {
  const lhr = computeMedianRun(runs);
  const audit = (id: string) => lhr.audits[id];
  const summary = (audit('resource-summary')?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  const unused = audit('unused-javascript')?.details as { overallSavingsBytes?: number } | undefined;
  return {
    page,
    url,
    runs: runs.length,
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcpMs: ms(audit('first-contentful-paint')?.numericValue),
    lcpMs: ms(audit('largest-contentful-paint')?.numericValue),
    tbtMs: ms(audit('total-blocking-time')?.numericValue),
    cls: Math.round((audit('cumulative-layout-shift')?.numericValue ?? Number.NaN) * 1000) / 1000,
    speedIndexMs: ms(audit('speed-index')?.numericValue),
    transferKb: kb(audit('total-byte-weight')?.numericValue ?? Number.NaN),
    scriptKb: kb(summary.find((item) => item.resourceType === 'script')?.transferSize ?? 0),
    unusedScriptKb: kb(unused?.overallSavingsBytes ?? 0),
    scriptBootupMs: ms(audit('bootup-time')?.numericValue),
  };
}

/** One Lighthouse run in a fresh tab; `identity` makes the tab a phone that joined before (straight to the board). */
async function runOnce(browser: Browser, url: string, identity?: { key: string; value: string }): Promise<Result> {
  const page = await browser.newPage();
  try {
    if (identity) {
      // Lighthouse clears the origin's storage before it loads the page; this runs after that, before the app.
      await page.evaluateOnNewDocument(({ key, value }) => {
        try {
          localStorage.setItem(key, value);
        } catch {
          // about:blank has no storage
        }
      }, identity);
    }
    const result = await lighthouse(url, { logLevel: 'error', output: 'json', onlyCategories: ['performance'] }, undefined, page);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await page.close();
  }
}

/**
 * Builds the client into dist/ and the production server (as `npm run build` does), starts it on plain node
 * and measures both pages.
 */
export async function lighthousePhone(runs: number, log: (line: string) => void): Promise<PageFigures[]> {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const serverBuild = await buildServer();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-lighthouse-'));
  const server = await spawnServer(dataDir, { NODE_ENV: 'production' }, { script: serverBuild.main }).catch((error: unknown) => {
    serverBuild.remove();
    throw error;
  });
  let browser: Browser | undefined;
  try {
    const seeded = await seedOurs(server.url, BOARD_IDEAS);
    seeded.facilitator.disconnect();
    browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    const url = `${server.url}/j/${seeded.joinCode}`;
    const pages: PageFigures[] = [];
    for (const page of ['join', 'board'] as const) {
      const results: Result[] = [];
      for (let run = 0; run < runs; run++) {
        const identity = page === 'board' ? { key: `${IDENTITY_KEY_PREFIX}${seeded.joinCode}`, value: JSON.stringify({ participantId: nanoid(), secret: nanoid(32) }) } : undefined;
        results.push(await runOnce(browser, url, identity));
      }
      const figures = figuresOf(page, url, results);
      log(`lighthouse ${page}: ${JSON.stringify(figures)}`);
      pages.push(figures);
    }
    return pages;
  } finally {
    await browser?.close();
    await server.kill();
    serverBuild.remove();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
