// The fixture of Danish ideas with their expected groups, and how well a grouping finds them (pairwise).
import fs from 'node:fs';
import path from 'node:path';
import type { Comparable } from '../shared/similar/group';

export interface FixtureIdea {
  id: string;
  sector: string;
  partner: string;
  text: string;
  group?: string;
}

export function fixtureIdeas(): FixtureIdea[] {
  const file = path.resolve(import.meta.dirname, '../test/fixtures/similar-ideas.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { ideas: FixtureIdea[] }).ideas;
}

export const comparable = (idea: FixtureIdea): Comparable => ({ id: idea.id, text: `${idea.partner} ${idea.text}`, bucket: idea.sector });

function pairsOf(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) for (const a of group) for (const b of group) if (a < b) pairs.add(`${a}|${b}`);
  return pairs;
}

export function expectedGroups(ideas: readonly FixtureIdea[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const idea of ideas) if (idea.group) groups.set(`${idea.sector}/${idea.group}`, [...(groups.get(`${idea.sector}/${idea.group}`) ?? []), idea.id]);
  return [...groups.values()];
}

/** Precision and recall over pairs of ideas: a pair is found when both ideas are in one suggested group. */
export function pairScores(found: readonly (readonly string[])[], expected: readonly (readonly string[])[]) {
  const f = pairsOf(found);
  const e = pairsOf(expected);
  let both = 0;
  for (const pair of f) if (e.has(pair)) both++;
  return { precision: f.size ? both / f.size : 1, recall: e.size ? both / e.size : 1, wrong: [...f].filter((p) => !e.has(p)), missed: [...e].filter((p) => !f.has(p)) };
}
