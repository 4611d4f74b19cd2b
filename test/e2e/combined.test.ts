// The organiser compares a series of workshops on /admin, in real Chromium: chooses three, opens the combined
// view, downloads the workbook, and the PDF's pages render.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect } from 'vitest';
import { seriousAxeViolations } from '../kit/axe';
import { newLaptop, PHONE } from '../kit/chromium';
import { runWorkshop, type WorkshopPlan } from '../kit/series';
import { it, test } from '../kit/browser';

const ADMIN_TOKEN = 'organiser-token-0123456789abcdef';
test.override('webServerOptions', { adminToken: ADMIN_TOKEN });

const plans: WorkshopPlan[] = [
  { title: 'Partnerskaber — Aarhus', date: '2026-11-10', phones: 2, pollChoices: [0, 1], question: 'Hvem betaler?', ideas: [{ sector: 'public', text: 'Lektiecafé', partner: 'Røde Kors', dotsFrom: [0, 1] }, { sector: 'civil', text: 'Fortælleklub', partner: 'Ældre Sagen', dotsFrom: [0] }] },
  { title: 'Partnerskaber — Vejle', date: '2026-11-20', phones: 2, pollChoices: [2, 2], ideas: [{ sector: 'public', text: 'Sprogcafé', partner: 'RØDE KORS' }, { sector: 'market', text: 'Kaffebar i foyeren', partner: 'Ølstuen', dotsFrom: [0, 1] }] },
  { title: 'Partnerskaber — Odense', date: '2026-12-01', phones: 1, ideas: [{ sector: 'civil', text: 'Naturdage', partner: 'Spejderne', dotsFrom: [0] }] },
];

const shots = process.env.SCREENSHOT_DIR ?? 'test-results';

describe('the combined view on /admin', () => {
  it('chooses three workshops, shows them side by side and combined, and downloads the workbook', async ({ browser, webServer }) => {
    for (const plan of plans) await runWorkshop(webServer, plan);
    await webServer.createSession({ title: 'Personaledag', date: '2026-11-15' });
    const { context, page } = await newLaptop(browser);
    await page.goto(`${webServer.url}/admin`);
    await page.locator('#admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-sign-in').click();
    await expect.poll(() => page.getByTestId('admin-pick').count()).toBe(4);
    await page.getByTestId('admin-pick').first().check();
    await expect(page.getByTestId('admin-compare').isDisabled()).resolves.toBe(true);
    // The series is found by what its titles share, then chosen at once.
    await page.getByTestId('admin-filter').fill('partnerskaber');
    await expect.poll(() => page.getByTestId('admin-session').count()).toBe(3);
    await page.getByTestId('admin-choose-shown').click();
    await page.screenshot({ path: path.join(shots, 'combined-choose-1440x900.png') });
    await page.getByTestId('admin-compare').click();
    const view = page.getByTestId('combined-view');
    await view.getByTestId('combined-workshop').nth(2).waitFor();
    const text = await view.innerText();
    expect(text).not.toContain('Personaledag');
    for (const expected of ['Partnerskaber — Aarhus', 'Partnerskaber — Odense', 'Røde Kors', 'idéer: 2 · workshops: 2', 'Kaffebar i foyeren', 'Hvem betaler?']) expect(text).toContain(expected);
    await expect(view.getByTestId('combined-poll').count()).resolves.toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'combined-1440x900.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: path.join(shots, 'combined-390x844.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('combined-xlsx').click()]);
    const file = await download.path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets).toHaveLength(5 + 3);
    await context.close();
  });

  it('prints the combined PDF as pages a person can read', async ({ webServer }) => {
    const list = (await (await fetch(`${webServer.url}/api/admin/sessions`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()) as { sessions: { id: string; title: string }[] };
    const ids = list.sessions.filter((s) => s.title.startsWith('Partnerskaber')).map((s) => s.id);
    const res = await fetch(`${webServer.url}/api/admin/combined.pdf?ids=${ids.join(',')}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.status).toBe(200);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'combined-pdf-'));
    fs.writeFileSync(path.join(dir, 'combined.pdf'), Buffer.from(await res.arrayBuffer()));
    execFileSync('pdftoppm', ['-png', '-r', '60', path.join(dir, 'combined.pdf'), path.join(shots, 'combined-pdf')]);
    const pages = fs.readdirSync(shots).filter((name) => name.startsWith('combined-pdf'));
    expect(pages.length).toBeGreaterThan(0);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'combined.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Sektorernes andel af idéerne');
  });
});
