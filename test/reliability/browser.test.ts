// Hostile text in every field people type, rendered in real Chromium with the CSP switched off: nothing runs, nothing is injected.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { sectors } from '../../shared/board/framework';
import { joinFromPhone, launchBrowser, newLaptop, newPhone, startServerWithClient } from '../kit/chromium';
import { joinAsFacilitator, joinAsParticipant, newId, type TestServer } from '../kit/testServer';

// Every payload sets window.__pwned if it ever runs and carries data-pwn if it ever becomes an element.
const ideaTexts = [
  `<script data-pwn>window.__pwned='script'</script>`,
  `<img data-pwn src=x onerror="window.__pwned='img'">`,
  `<svg data-pwn onload="window.__pwned='svg'"><circle r=9 /></svg>`,
  `"><iframe data-pwn srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `<details data-pwn open ontoggle="window.__pwned='details'">x</details>`,
  `javascript:window.__pwned='js-url'`,
  `{{constructor.constructor("window.__pwned='template'")()}} \${window.__pwned='tpl'} {name} $& $1`,
  `<a data-pwn href="javascript:window.__pwned='a'">klik</a> &lt;b&gt;entity&lt;/b&gt; &amp;`,
];
const partnerFields = {
  partner: `<b data-pwn onmouseover="window.__pwned='partner'">Partner</b>`,
  libraryBrings: `<img data-pwn src=x onerror="window.__pwned='brings'">`,
  partnerBrings: `</p><script data-pwn>window.__pwned='p'</script>`,
};
const names = [`<img data-pwn src=x onerror=__pwned=1>`, `<svg data-pwn onload=__pwned=2>`, `{name} {count} $& $' \${x}`];
const phoneName = `<img data-pwn src=y onerror=__pwned=3>`;
const groupTitles = [`<img data-pwn src=x onerror="window.__pwned='group'">`, `<style data-pwn>*{display:none!important}</style>`];
const sessionTitle = `<title data-pwn>x</title><script data-pwn>window.__pwned='title'</script>`;

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  if (!fs.existsSync(path.resolve('dist/index.html'))) throw new Error('No built client in dist/: run `vite build` first (npm run test:reliability does)');
  server = await startServerWithClient();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every dialog a page opens is recorded (and dismissed): a hostile alert() must never get that far. */
function watch(page: Page, dialogs: string[]) {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return page;
}

async function expectInert(page: Page, where: string) {
  const found = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    injected: document.querySelectorAll('[data-pwn], iframe, object, embed, [onerror], [onload], [ontoggle], [onmouseover], img[src="x"], img[src="y"]').length,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    styles: [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('display:none!important')).length,
  }));
  expect(found, where).toEqual({ pwned: undefined, injected: 0, inlineScripts: 0, styles: 0 });
}

const visible = (page: Page, text: string) => page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 15_000 });

describe('hostile text in real Chromium', () => {
  it('renders names, ideas, partner fields, group headings and the title as literal text on every screen', async () => {
    const created = await server.createSession({ title: sessionTitle, date: '2020-01-01' });
    const facilitator = await joinAsFacilitator(server, created);
    const send = (name: 'board:phase' | 'board:settings', payload: object) => facilitator.socket.emitWithAck(name, payload as never);
    expect((await send('board:phase', { phase: 'collecting' })).ok).toBe(true);
    expect((await send('board:settings', { showNamesOnProjector: true })).ok).toBe(true);
    for (const [i, title] of groupTitles.entries()) {
      expect((await facilitator.socket.emitWithAck('group:create', { id: newId(), sector: sectors[i]!, title })).ok).toBe(true);
    }
    const authors = await Promise.all(names.map((name) => joinAsParticipant(server, created, name)));
    const ideaIds = ideaTexts.map(() => newId());
    for (const [i, text] of ideaTexts.entries()) {
      const extra = i === 0 ? partnerFields : {};
      const ack = await authors[i % authors.length]!.socket.emitWithAck('idea:add', { id: ideaIds[i]!, sector: sectors[i % 3]!, text, ...extra });
      expect(ack.ok, text).toBe(true);
    }

    // The CSP would stop an inline script anyway; without it, only the rendering stands between a payload and the page.
    const dialogs: string[] = [];
    const options = { bypassCSP: true };
    const consoleLaptop = await newLaptop(browser, 'da-DK', options);
    const projector = await newLaptop(browser, 'da-DK', options);
    const phone = await newPhone(browser, 'da-DK', options);
    const [consolePage, projectorPage, phonePage] = [consoleLaptop.page, projector.page, phone.page].map((p) => watch(p, dialogs)) as [Page, Page, Page];
    await consolePage.goto(created.facilitatorUrl);
    await projectorPage.goto(created.projectorUrl);
    await joinFromPhone(phonePage, created.joinUrl, phoneName);

    for (const text of ideaTexts) {
      await visible(consolePage, text);
      await visible(projectorPage, text);
    }
    for (const text of Object.values(partnerFields)) await visible(consolePage, text);
    for (const title of groupTitles) await visible(consolePage, title);
    for (const name of names) await visible(projectorPage, name);
    await visible(consolePage, sessionTitle);
    await visible(projectorPage, sessionTitle);
    expect(await phonePage.getByTestId('you').textContent()).toContain(phoneName);

    // Voting and results render the same text through other components.
    expect((await send('board:phase', { phase: 'voting' })).ok).toBe(true);
    await visible(phonePage, ideaTexts[0]!);
    // Results rank only ideas with votes: the one the projector is checked for gets one.
    expect((await authors[0]!.socket.emitWithAck('vote:cast', { ideaId: ideaIds[1]! })).ok).toBe(true);
    expect((await send('board:phase', { phase: 'results' })).ok).toBe(true);
    await projectorPage.getByTestId('results').waitFor();
    await visible(projectorPage, ideaTexts[1]!);

    for (const [page, where] of [[consolePage, 'console'], [projectorPage, 'projector'], [phonePage, 'phone']] as const) await expectInert(page, where);
    expect(dialogs).toEqual([]);
    for (const context of [consoleLaptop.context, projector.context, phone.context]) await context.close();
  });
});
