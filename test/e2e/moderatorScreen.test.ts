// The moderator link's screen in real Chromium: it moderates, and shows none of the facilitator's switches the
// server would refuse it (opening questions for an item, requiring approval).
import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import { createWorkshopViaHome, newLaptop } from '../helpers/browser';

describe('the moderator screen', () => {
  it('shows the questions without the facilitator-only switches', async ({ webServer: server, browser }) => {
    const laptop = await newLaptop(browser);
    await createWorkshopViaHome(laptop.page, server.url);
    await laptop.page.getByTestId('questions-console').waitFor();
    expect(await laptop.page.getByTestId('require-approval').count()).toBe(1);

    const consoleUrl = new URL(laptop.page.url());
    const sessionId = consoleUrl.pathname.split('/')[2]!;
    const facilitatorKey = new URLSearchParams(consoleUrl.hash.slice(1)).get('key')!;
    const res = await fetch(`${server.url}/api/sessions/${sessionId}/keys/moderator`, { method: 'POST', headers: { authorization: `Bearer ${facilitatorKey}` } });
    expect(res.status).toBe(200);
    const { path } = (await res.json()) as { path: string };

    const coHost = await newLaptop(browser);
    await coHost.page.goto(`${server.url}${path}`);
    await coHost.page.getByTestId('moderator-screen').waitFor();
    await coHost.page.getByTestId('questions-console').waitFor();
    expect(await coHost.page.getByTestId('require-approval').count()).toBe(0);
    expect(await coHost.page.getByTestId('take-questions').count()).toBe(0);
  });
});
