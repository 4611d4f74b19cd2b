// The report printed to PDF by the Debian Chromium already on the server: no download, no network.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { fail } from '../../shared/errors';
import { PDF_BROWSER_IDLE_MS } from '../tuning';

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

/**
 * One Chromium, started on the first PDF and closed after a quiet minute; prints run one at a time,
 * so a burst of downloads cannot start a browser each. A warm print of a full report takes half
 * the time of a cold one.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly executablePath?: string,
    private readonly idleMs = PDF_BROWSER_IDLE_MS,
  ) {}

  print(html: string): Promise<Buffer> {
    const job = this.queue.then(() => this.render(html));
    this.queue = job.catch(() => undefined);
    return job;
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }

  private launch(executablePath: string): Promise<Browser> {
    // Loaded on the first PDF: playwright-core holds about 29 MB of heap that a server which never prints should not pay.
    const launched = import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS }))
      .then((browser) => {
        browser.on('disconnected', () => {
          if (this.browser === launched) this.browser = null;
        });
        return browser;
      });
    launched.catch(() => {
      if (this.browser === launched) this.browser = null;
    });
    return launched;
  }

  private async render(html: string): Promise<Buffer> {
    const executablePath = this.executablePath ?? chromiumPath();
    if (!fs.existsSync(executablePath)) fail('not_available', 'PDF export needs Chromium on the server; use the HTML report and print it');
    clearTimeout(this.idleTimer);
    const browser = await (this.browser ??= this.launch(executablePath));
    // The report needs neither script nor network; anything that asks the network is refused.
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'domcontentloaded' });
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close();
      this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
      this.idleTimer.unref();
    }
  }
}
