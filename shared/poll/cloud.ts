// What a word cloud shows: the tally's words less the stop words, with the facilitator's rules laid over them.
// Light on purpose: every screen draws clouds with it; the words' keys were made on the server.
import { mostTyped } from '../words/mostTyped';
import { rankedWords } from './tally';
import type { Poll, PollsState, WordCount, WordRule } from './types';

/** The rule of `key` for `pollId` (null: the day's), if the facilitator gave one. */
export function ruleOf(rules: readonly WordRule[], pollId: string | null, key: string): WordRule | undefined {
  return rules.find((r) => r.pollId === pollId && r.key === key);
}

/** The rules after one is given, or taken away (`default`). */
export function withWordRule(rules: readonly WordRule[], given: Omit<WordRule, 'rule'> & { rule: WordRule['rule'] | 'default' }): WordRule[] {
  const others = rules.filter((r) => r.pollId !== given.pollId || r.key !== given.key);
  return given.rule === 'default' ? others : [...others, { pollId: given.pollId, key: given.key, word: given.word, rule: given.rule }];
}

/** Whether the cloud of `pollId` shows a word: the poll's rule, else the day's, else shown unless a stop word. */
export function showsWord(rules: readonly WordRule[], pollId: string, word: Pick<WordCount, 'key' | 'stop'>): boolean {
  const rule = ruleOf(rules, pollId, word.key) ?? ruleOf(rules, null, word.key);
  return rule ? rule.rule === 'show' : !word.stop;
}

/** The words a poll's cloud shows, each as the form typed most, biggest first: on every screen and in the exports. */
export function cloudWords(polls: Pick<PollsState, 'wordRules'>, poll: Poll): WordCount[] {
  const rules = polls.wordRules ?? [];
  const shown = poll.tally.words.filter((word) => showsWord(rules, poll.id, word));
  return rankedWords(shown.map((word) => ({ ...word, label: mostTyped(word.forms ?? []) || word.label })));
}

/** The rules that apply to one poll's cloud: its own and the day's. */
export function rulesFor(polls: Pick<PollsState, 'wordRules'>, pollId: string): WordRule[] {
  return (polls.wordRules ?? []).filter((r) => r.pollId === pollId || r.pollId === null);
}
