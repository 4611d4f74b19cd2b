import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import type { } from 'playwright-core';
import { createWorkshopViaHome, joinFromPhone, newLaptop, newPhone } from '../kit/chromium';
import type { } from '../kit/testServer';

describe('a facilitator opens a workshop and phones join', () => {
  it('counts two phones on every screen and keeps a reloaded phone the same participant', async ({ webServer: server, browser }) => {
    const laptop = await newLaptop(browser);
    const { joinCode, joinUrl } = await createWorkshopViaHome(laptop.page, server.url);
    expect(joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    await expect.poll(() => laptop.page.getByTestId('bookmark-note').textContent()).toContain('Bogmærk');
    expect(laptop.page.url()).toMatch(/\/f\/[\w-]+#key=[\w-]{21,}/);

    const anna = await newPhone(browser);
    const bo = await newPhone(browser);
    await joinFromPhone(anna.page, joinUrl, 'Anna');
    await joinFromPhone(bo.page, joinUrl, 'Bo');

    const count = (page: typeof anna.page) => page.getByTestId('presence').getAttribute('data-count');
    await expect.poll(() => count(laptop.page)).toBe('2');
    await expect.poll(() => count(anna.page)).toBe('2');
    await expect.poll(() => count(bo.page)).toBe('2');

    await anna.page.reload();
    await anna.page.getByTestId('you').waitFor();
    await expect.poll(() => count(anna.page)).toBe('2');
    await expect.poll(() => count(laptop.page)).toBe('2');
    expect(await anna.page.getByTestId('you').textContent()).toContain('Anna');

    const projector = await newLaptop(browser);
    await projector.page.goto(`${server.url}/p/${joinCode}`);
    await expect.poll(() => projector.page.getByTestId('projector-code').textContent()).toBe(joinCode);
    await expect.poll(() => count(projector.page)).toBe('2');
    await Promise.all([laptop, anna, bo, projector].map((d) => d.context.close()));
  });

  it('shows English to an English browser and remembers a switch to Danish', async ({ webServer: server, browser }) => {
    const phone = await newPhone(browser, 'en-GB');
    await phone.page.goto(server.url);
    await expect.poll(() => phone.page.getByTestId('create-workshop').textContent()).toBe('Start a new workshop');
    await phone.page.getByRole('button', { name: 'Dansk' }).click();
    await expect.poll(() => phone.page.getByTestId('create-workshop').textContent()).toBe('Start en ny workshop');
    await phone.page.reload();
    await expect.poll(() => phone.page.getByTestId('create-workshop').textContent()).toBe('Start en ny workshop');
    await phone.context.close();
  });
});
