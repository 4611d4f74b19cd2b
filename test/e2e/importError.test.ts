// Importing a wrong JSON file says so in one clear sentence, in the chosen language only.
import { describe, expect } from 'vitest';
import { it } from '../kit/browser';
import { newLaptop } from '../kit/chromium';

describe('importing a file that is not an export', () => {
  it.for([
    ['da-DK', 'Ny workshop fra skabelon eller fil', 'Filen kan ikke importeres: den er ikke en JSON-eksport fra Out of the Box'],
    ['en-GB', 'New workshop from a template or a file', 'The file cannot be imported: it is not a JSON export from Out of the Box'],
  ] as const)('explains it in one language (%s), without the server’s technical words', async ([locale, opener, sentence], { webServer: server, browser }) => {
    const { page, context } = await newLaptop(browser, locale);
    await page.goto(server.url);
    await page.getByText(opener).click();
    const wrong = JSON.stringify({ schemaVersion: 99, hello: 'world' });
    await page.locator('#import-file').setInputFiles({ name: 'noget.json', mimeType: 'application/json', buffer: Buffer.from(wrong) });
    await page.getByTestId('import-workshop').click();
    const error = page.getByTestId('create-error');
    await error.waitFor();
    const text = (await error.textContent())!;
    expect(text).toContain(sentence);
    expect(text).not.toMatch(/schemaVersion|Unsupported|Det indtastede er ikke gyldigt|That input is not valid/);
    await context.close();
  });
});
