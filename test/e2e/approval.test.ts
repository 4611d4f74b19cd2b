// Approval mode end to end in real Chromium: a phone's idea waits, the facilitator approves, the room sees it.
import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import type { Page } from 'playwright-core';
import { createWorkshopViaHome, joinFromPhone, newLaptop, newPhone } from '../kit/chromium';

const ideaCard = (page: Page, text: string) => page.getByTestId('idea').filter({ hasText: text });

async function addIdea(page: Page, sector: string, text: string) {
  await page.getByRole('radio', { name: sector }).click();
  await page.locator('#idea-text').fill(text);
  await page.getByTestId('add-idea').click();
  // Sent and acknowledged: the phone's outbox is empty again.
  await expect.poll(() => page.getByTestId('outbox').count()).toBe(0);
}

describe('approval before publishing', () => {
  it('keeps a new idea to its author and the facilitator until approved, then shows it on the other phones and the projector', async ({ webServer: server, browser }) => {
    
    const laptop = await newLaptop(browser);
    const { joinCode, joinUrl } = await createWorkshopViaHome(laptop.page, server.url);
    const console = laptop.page;
    await console.getByTestId('phase-collecting').click();
    await console.getByText(/Indstillinger|Settings/).first().click();
    // The box shows the server's setting: it is ticked once the change has come back as an event.
    await console.getByTestId('setting-requireApproval').click();
    await expect.poll(() => console.getByTestId('setting-requireApproval').isChecked()).toBe(true);

    const anna = await newPhone(browser);
    const bo = await newPhone(browser);
    const projector = await newLaptop(browser);
    await joinFromPhone(anna.page, joinUrl, 'Anna');
    await joinFromPhone(bo.page, joinUrl, 'Bo');
    await projector.page.goto(`${server.url}/p/${joinCode}`);
    await projector.page.getByTestId('projector-board').waitFor();

    // The phone says who will see the idea before it is written, truthfully for approval mode.
    await expect.poll(() => anna.page.getByTestId('anonymity-notice').textContent()).toMatch(/godkender/);
    await addIdea(anna.page, 'Civilsamfundet', 'Lektiecafé med Røde Kors');
    await anna.page.getByRole('tab', { name: /Civilsamfundet/ }).click();
    await ideaCard(anna.page, 'Lektiecafé').getByTestId('idea-pending').waitFor();
    expect(await ideaCard(anna.page, 'Lektiecafé').getByTestId('idea-pending').textContent()).toMatch(/Venter på godkendelse/i);

    // The facilitator's inbox holds it; nobody else has it.
    await console.getByTestId('approval-inbox').getByText('Lektiecafé med Røde Kors').waitFor();
    await addIdea(bo.page, 'Markedet', 'Kaffebar drevet af lokal café');
    await expect.poll(() => console.getByTestId('waiting-idea').count()).toBe(2);
    await bo.page.getByRole('tab', { name: /Civilsamfundet/ }).click();
    expect(await ideaCard(bo.page, 'Lektiecafé').count()).toBe(0);
    expect(await projector.page.getByText('Lektiecafé med Røde Kors').count()).toBe(0);
    expect(await projector.page.getByText('Kaffebar drevet').count()).toBe(0);

    // Approve one: it reaches Bo's phone and the projector, and leaves the waiting state on Anna's.
    await console.getByTestId('waiting-idea').filter({ hasText: 'Lektiecafé' }).getByTestId('approve').click();
    await ideaCard(bo.page, 'Lektiecafé med Røde Kors').waitFor();
    await projector.page.getByText('Lektiecafé med Røde Kors').first().waitFor();
    await expect.poll(() => ideaCard(anna.page, 'Lektiecafé').getByTestId('idea-pending').count()).toBe(0);
    await console.getByTestId('column-civil').getByText('Lektiecafé med Røde Kors').waitFor();
    expect(await projector.page.getByText('Kaffebar drevet').count()).toBe(0);

    // Approve all: the rest follows.
    await console.getByTestId('approve-all').click();
    await projector.page.getByText('Kaffebar drevet af lokal café').first().waitFor();
    await expect.poll(() => console.getByTestId('approval-inbox').count()).toBe(0);
    await Promise.all([laptop, anna, bo, projector].map((d) => d.context.close()));
  });
});
