// The join page cache compresses each page once per encoding asked for, keeps what phones ask for, and stays
// within its byte budget: cycling through many workshops costs no compression per request.
import { describe, expect, it } from 'vitest';
import type { ContentEncoding } from '../../shared/http/precompressed';
import { compressors, JoinPageCache } from '../../server/http/joinPageCache';

const encodings: (ContentEncoding | undefined)[] = ['br', 'gzip', undefined];
const languages = ['da', 'en'] as const;
/** A page about the size of the real one (20 KB of HTML), different per workshop and language. */
const pageOf = (workshop: number, language: string) =>
  `<html lang="${language}"><title>Workshop ${workshop}</title>${Array.from({ length: 400 }, (_, i) => `<p>${language}-${workshop}-${i * 7919}</p>`).join('')}</html>`;

/** 60 workshops × 2 languages × 3 encodings: 360 variants, each asked for in turn. */
function cycle(cache: JoinPageCache, rounds: number, workshops = 60): void {
  for (let round = 0; round < rounds; round++) {
    for (let w = 0; w < workshops; w++) {
      for (const language of languages) {
        for (const encoding of encodings) cache.page(`${w}:${language}`, () => pageOf(w, language), encoding);
      }
    }
  }
}

describe('the join page cache', () => {
  it('compresses each page once per encoding however often 360 variants are cycled', () => {
    const cache = new JoinPageCache();
    cycle(cache, 5);
    // 120 pages (60 workshops in 2 languages), each compressed for br and gzip once; identity needs none.
    expect(cache.stats()).toMatchObject({ pages: 120, compressions: 240 });
  });

  it('compresses only the encodings phones ask for', () => {
    const cache = new JoinPageCache();
    for (let i = 0; i < 10; i++) cache.page('one', () => pageOf(1, 'da'), 'br');
    cache.page('one', () => pageOf(1, 'da'), undefined);
    expect(cache.stats()).toMatchObject({ pages: 1, compressions: 1 });
  });

  it('answers the same bytes as compressing the page afresh', () => {
    const cache = new JoinPageCache();
    const html = Buffer.from(pageOf(3, 'en'));
    cache.page('three', () => pageOf(3, 'en'), 'gzip');
    expect(cache.page('three', () => pageOf(3, 'en'), 'gzip')).toEqual(compressors.gzip(html));
    expect(cache.page('three', () => pageOf(3, 'en'), undefined)).toEqual(html);
  });

  it('stays within its byte budget and lets the least recently asked-for pages go first', () => {
    const budget = 200_000;
    const cache = new JoinPageCache(budget);
    let most = 0;
    for (let w = 0; w < 60; w++) {
      for (const encoding of encodings) cache.page(`${w}`, () => pageOf(w, 'da'), encoding);
      // Workshop 0 is asked for all the time: it stays while the others come and go.
      cache.page('0', () => pageOf(0, 'da'), 'br');
      most = Math.max(most, cache.stats().bytes);
    }
    expect(most).toBeLessThanOrEqual(budget);
    const before = cache.stats().compressions;
    cache.page('0', () => pageOf(0, 'da'), 'br');
    cache.page('59', () => pageOf(59, 'da'), 'gzip');
    expect(cache.stats().compressions).toBe(before);
    cache.page('1', () => pageOf(1, 'da'), 'br');
    expect(cache.stats().compressions).toBe(before + 1);
  });
});
