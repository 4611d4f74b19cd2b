import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../server/export/csv';
import { contentDisposition, exportFileName, slugify } from '../../server/export/fileName';
import { escapeHtml } from '../../shared/html';

describe('file names', () => {
  it.each([
    ['Out of the box — nye partnerskaber', 'out-of-the-box-nye-partnerskaber'],
    ['Bibliotekernes Økonomi & Æbler på Åen', 'bibliotekernes-økonomi-æbler-på-åen'],
    ['  ---  ', 'workshop'],
    ['../../etc/passwd', 'etc-passwd'],
  ])('slugifies %j as %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('gives an ASCII fallback and a UTF-8 filename* (RFC 5987)', () => {
    const name = exportFileName('Dag på Ærø', '2026-11-25', '.csv');
    expect(contentDisposition('attachment', name)).toBe(
      `attachment; filename="dag-paa-aeroe-2026-11-25.csv"; filename*=UTF-8''dag-p%C3%A5-%C3%A6r%C3%B8-2026-11-25.csv`,
    );
  });
});

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+45 12 34 56 78', `'+45 12 34 56 78`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['Lektiecafé = godt', 'Lektiecafé = godt'],
    [3, 3],
  ])('neutralises a formula-like cell %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe('report text', () => {
  it('escapes everything HTML could read as markup', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });
});
