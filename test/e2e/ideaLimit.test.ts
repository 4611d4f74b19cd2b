// A phone that has added as many ideas as one person may is told so, in Danish and in English.
import fs from 'node:fs';
import { describe, expect } from 'vitest';
import { it, test } from '../kit/browser';
import { createWorkshopViaHome, joinFromPhone, newLaptop, newPhone } from '../kit/chromium';

test.override('webServerOptions', { maxIdeasPerParticipant: 1 });

describe('the limit on ideas per participant in real Chromium', () => {
  it('refuses the idea past the limit with a sentence that says why', async ({ webServer: server, browser }) => {
    const laptop = await newLaptop(browser);
    const { joinUrl } = await createWorkshopViaHome(laptop.page, server.url);
    await laptop.page.getByTestId('phase-collecting').click();
    for (const [locale, sent, refused] of [
      ['da-DK', /Tak! Din idé er på tavlen/, /Der er ikke plads til flere idéer/],
      ['en-GB', /Thank you! Your idea is on the board/, /No room for more ideas/],
    ] as const) {
      const phone = await newPhone(browser, locale);
      await joinFromPhone(phone.page, joinUrl, `Anna ${locale}`);
      for (const text of ['Første idé', 'Anden idé']) {
        await phone.page.getByRole('radio').first().click();
        await phone.page.locator('#idea-text').fill(text);
        await phone.page.getByTestId('add-idea').click();
        await phone.page.getByText(text === 'Første idé' ? sent : refused).waitFor();
      }
      if (process.env.SCREENSHOT_DIR) {
        fs.mkdirSync(process.env.SCREENSHOT_DIR, { recursive: true });
        await phone.page.getByRole('alert').scrollIntoViewIfNeeded();
        await phone.page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/idea-limit-${locale}.png` });
      }
      await phone.context.close();
    }
    // Each phone's first idea is stored, the one past its limit is not.
    const [sessionId] = server.server.hub.liveSessionIds();
    expect(server.server.hub.state(sessionId!)!.board.ideas.map((idea) => idea.text)).toEqual(['Første idé', 'Første idé']);
  });
});
