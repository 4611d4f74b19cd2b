import { describe, expect, it } from 'vitest';
import { layoutCloud, type PlacedWord } from '../../client/features/polls/cloudLayout';

/** A stand-in for the canvas: wide letters, so a crowded cloud really has to search for room. */
const measure = (label: string, fontSize: number) => label.length * fontSize * 0.7;
const options = { width: 1000, height: 520, minFont: 18, maxFont: 96, measure };

const overlap = (a: PlacedWord, b: PlacedWord) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function words(n: number) {
  return Array.from({ length: n }, (_, i) => ({ label: `Partner ${i} ${'ø'.repeat(i % 7)}`, count: 1 + ((i * 7) % 13) }));
}

describe('the word cloud layout', () => {
  it.each([1, 5, 30, 60, 200])('places %i words with no two boxes overlapping, all inside the cloud', (n) => {
    const placed = layoutCloud(words(n), options);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThanOrEqual(Math.min(n, 60));
    for (const [i, a] of placed.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(options.width);
      expect(a.y + a.height).toBeLessThanOrEqual(options.height);
      for (const b of placed.slice(i + 1)) expect(overlap(a, b), `${a.label} / ${b.label}`).toBe(false);
    }
  });

  it('sets the most frequent word biggest and in the middle', () => {
    const placed = layoutCloud([{ label: 'Museum', count: 1 }, { label: 'Røde Kors', count: 9 }, { label: 'Jobcenter', count: 4 }], options);
    const [first] = placed;
    expect(first).toMatchObject({ label: 'Røde Kors', fontSize: 96 });
    expect(Math.abs(first!.x + first!.width / 2 - 500)).toBeLessThan(5);
    expect(placed.find((w) => w.label === 'Museum')!.fontSize).toBe(18);
  });

  it('leaves out a word too wide for the cloud rather than letting it spill', () => {
    const placed = layoutCloud([{ label: 'x'.repeat(200), count: 3 }, { label: 'Bibliotek', count: 1 }], options);
    expect(placed.map((w) => w.label)).toEqual(['Bibliotek']);
  });

  it('is empty with no words', () => {
    expect(layoutCloud([], options)).toEqual([]);
  });
});
