// The report printed to PDF by the Debian Chromium already on the server: no download, no network.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { fail } from '../../shared/errors';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** A fresh browser per PDF: an export is rare, and nothing stays running between them. */
export async function htmlToPdf(html: string, executablePath = chromiumPath()): Promise<Buffer> {
  if (!fs.existsSync(executablePath)) fail('not_available', 'PDF export needs Chromium on the server; use the HTML report and print it');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // The report has no external assets; anything that asks the network is refused.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
