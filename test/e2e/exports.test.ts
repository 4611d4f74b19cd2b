import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectors } from '../../shared/board/framework';
import { ranking } from '../../shared/board/selectors';
import { launchBrowser, newLaptop, startServerWithClient } from '../kit/chromium';
import type { TestServer } from '../kit/testServer';
import { seedWorkshop } from '../kit/workshop';
import { fetchExport } from '../kit/workshops';

const ADMIN_TOKEN = 'organiser-token-0123456789abcdef';
const run = promisify(execFile);
let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServerWithClient({ adminToken: ADMIN_TOKEN });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('results out, in real Chromium', () => {
  it('prints the report to a PDF whose text holds the top idea of every sector', async () => {
    const { created, facilitator } = await seedWorkshop(server, { title: 'Partnerskabsdag på Ærø' });
    const res = await fetch(`${server.url}/api/sessions/${created.sessionId}/report.pdf`, {
      headers: { authorization: `Bearer ${created.facilitatorKey}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-pdf-')), 'report.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    const text = oneLine(stdout);
    expect(text).toContain('Partnerskabsdag på Ærø');
    for (const sector of sectors) {
      const top = ranking(facilitator.state!.board, sector)[0]!.idea;
      expect(text).toContain(oneLine(top.text));
    }
  });

  it('downloads the CSV from the console under the workshop name, and opens the report', async () => {
    const { created } = await seedWorkshop(server, { title: 'Dag på Ærø', date: '2026-11-25' });
    const { page, context } = await newLaptop(browser);
    await page.goto(created.facilitatorUrl);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toBe('dag-på-ærø-2026-11-25.csv');
    const [report] = await Promise.all([context.waitForEvent('page'), page.getByTestId('export-report').click()]);
    await report.getByRole('heading', { name: 'Dag på Ærø' }).waitFor();
    expect(await report.locator('section.sector').count()).toBe(3);
    await context.close();
  });

  it('starts a new workshop from a JSON export on the home page', async () => {
    const { created } = await seedWorkshop(server, { title: 'Forårets workshop' });
    const exported = await (await fetchExport(server.url, created.sessionId, created.facilitatorKey, `export.json`)).text();
    const { page, context } = await newLaptop(browser);
    await page.goto(server.url);
    await page.getByText('Ny workshop fra skabelon eller fil').click();
    await page.locator('#import-file').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByLabel('Programmet og idéerne med stemmer').check();
    await page.getByTestId('import-workshop').click();
    await page.waitForURL(/\/f\//);
    await page.getByText('Fortælleklub for ældre').waitFor();
    expect(page.url()).not.toContain(created.sessionId);
    await context.close();
  });

  it('lists sessions on the organiser page and deletes one only after confirmation', async () => {
    const keep = await server.createSession({ title: 'Workshop der bliver' });
    const doomed = await server.createSession({ title: 'Workshop der skal slettes' });
    const { page, context } = await newLaptop(browser);
    await page.goto(`${server.url}/admin`);
    await page.locator('#admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-sign-in').click();
    const row = page.getByTestId('admin-session').filter({ hasText: 'Workshop der skal slettes' });
    await row.waitFor();
    await expect.poll(() => page.getByTestId('admin-session').filter({ hasText: 'Workshop der bliver' }).count()).toBe(1);

    await row.getByTestId('admin-delete').click();
    await page.getByTestId('confirm-delete').getByRole('button', { name: 'Fortryd' }).click();
    expect(await row.count()).toBe(1);
    expect(await server.store.sessionById(doomed.sessionId)).toBeDefined();

    await row.getByTestId('admin-delete').click();
    await page.getByTestId('confirm-delete-yes').click();
    await row.waitFor({ state: 'detached' });
    expect(await server.store.sessionById(doomed.sessionId)).toBeUndefined();
    expect(await server.store.sessionById(keep.sessionId)).toBeDefined();

    // The token survives a reload of the tab (sessionStorage), so the organiser stays signed in.
    await page.reload();
    await page.getByTestId('admin-session').filter({ hasText: 'Workshop der bliver' }).waitFor();
    await context.close();
  });

  it('downloads a backup of the database from the organiser page that opens as a sound database', async () => {
    await server.createSession({ title: 'Workshop i sikkerhedskopien' });
    const { page, context } = await newLaptop(browser);
    await page.goto(`${server.url}/admin`);
    await page.locator('#admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-sign-in').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('admin-backup').click()]);
    expect(download.suggestedFilename()).toMatch(/^outofthebox-\d{4}-\d\d-\d\d-\d{4}\.sqlite$/);
    await page.getByRole('status').filter({ hasText: download.suggestedFilename() }).waitFor();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-admin-backup-')), 'backup.sqlite');
    await download.saveAs(file);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const titles = db.prepare<[], { title: string }>('SELECT title FROM sessions').all().map((r) => r.title);
    db.close();
    expect(titles).toContain('Workshop i sikkerhedskopien');
    await context.close();
  });
});
