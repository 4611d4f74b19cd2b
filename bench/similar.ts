// BENCH_ONLY=similar: how well alike ideas are found on the fixture of Danish ideas (pairwise precision and recall
// at thresholds around the chosen one), and how long grouping a full board takes, against comparing every pair.
import { performance } from 'node:perf_hooks';
import { featuresOf } from '../shared/similar/features';
import { type Comparable, SIMILAR_THRESHOLD, similarGroups, weightsOf } from '../shared/similar/group';
import { likeness } from '../shared/similar/score';
import { alikeTo, featureCache } from '../shared/similar/suggestions';
import type { Idea } from '../shared/board/types';
import type { Sector } from '../shared/board/framework';
import { comparable, expectedGroups, fixtureIdeas, pairScores } from './similarFixture';

const FILLER = 'samarbejde lokalsamfund frivillige borgere familier unge ældre kommune skole forening virksomhed kultur læsning musik værksted kursus udstilling foredrag café natur sundhed digital'.split(' ');

/** A board of `n` ideas made from the fixture's: each a fixture idea with a few words of a seminar added. */
function syntheticBoard(n: number): Comparable[] {
  const base = fixtureIdeas();
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => {
    const idea = base[i % base.length]!;
    const extra = Array.from({ length: 1 + Math.floor(next() * 4) }, () => FILLER[Math.floor(next() * FILLER.length)]).join(' ');
    return { id: `idea-${i}`, text: `${idea.partner} ${idea.text} ${extra} ${Math.floor(next() * 1000)}`, bucket: idea.sector };
  });
}

function allPairs(items: readonly Comparable[]): number {
  const features = items.map((item) => featuresOf(item.text));
  const weight = weightsOf(features);
  let alike = 0;
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (items[i]!.bucket === items[j]!.bucket && likeness(features[i]!, features[j]!, weight) >= SIMILAR_THRESHOLD) alike++;
  return alike;
}

function median(run: () => void, times = 3): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

export function similarFigures(): string {
  const ideas = fixtureIdeas();
  const expected = expectedGroups(ideas);
  const lines = ['| threshold | precision | recall |', '|---|---|---|'];
  for (const threshold of [0.35, 0.4, SIMILAR_THRESHOLD, 0.5, 0.55]) {
    const { precision, recall } = pairScores(similarGroups(ideas.map(comparable), { threshold }), expected);
    lines.push(`| ${threshold}${threshold === SIMILAR_THRESHOLD ? ' (chosen)' : ''} | ${precision.toFixed(2)} | ${recall.toFixed(2)} |`);
  }
  const full = syntheticBoard(5000);
  const small = syntheticBoard(1000);
  const ideasOf = full.map((c) => ({ id: c.id, sector: c.bucket as Sector, text: c.text, partner: '', hidden: false }) as Idea);
  const cache = featureCache();
  alikeTo('Ældre Sagen IT-hjælp', 'civil', ideasOf, cache);
  const timing = [
    '',
    '| what | ms (median of 3) |',
    '|---|---|',
    `| group 5,000 ideas (blocking by shared words) | ${median(() => similarGroups(full)).toFixed(0)} |`,
    `| group 1,000 ideas (blocking by shared words) | ${median(() => similarGroups(small)).toFixed(0)} |`,
    `| 1,000 ideas, every pair of a sector compared (baseline) | ${median(() => allPairs(small), 1).toFixed(0)} |`,
    `| a phone's hint against 5,000 ideas (features kept between questions) | ${median(() => alikeTo('Ældre Sagen IT-hjælp til seniorer', 'civil', ideasOf, cache)).toFixed(1)} |`,
  ];
  return [...lines, ...timing].join('\n');
}
