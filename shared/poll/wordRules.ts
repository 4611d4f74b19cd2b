// The facilitator's say over the word clouds: hide a word people typed, or show a stop word, in one poll or all.
// The word is keyed here, on the server, as answers are (shared/words/wordKey.ts).
import { z } from 'zod';
import { defineCommand, requireFacilitator } from '../command';
import { fail } from '../errors';
import { limits } from '../limits';
import { idSchema } from '../schemas';
import { typedText } from '../text';
import { wordKey } from '../words/wordKey';
import { ruleOf } from './cloud';
import { findPoll } from './polls';

export const ruleWordSchema = z.strictObject({
  /** The poll whose cloud it rules; null for every poll of the day. */
  pollId: idSchema.nullable(),
  word: typedText({ min: 1, max: limits.pollWord }),
  /** `default`: take the facilitator's rule away, so the word is shown unless it is a stop word. */
  rule: z.enum(['hide', 'show', 'default']),
});

export const wordRuleCommands = {
  'poll:ruleWord': defineCommand(ruleWordSchema, ({ state, actor }, { pollId, word, rule }) => {
    requireFacilitator(actor);
    if (pollId !== null && !findPoll(state.polls, pollId)) fail('not_found', 'No such poll');
    const key = wordKey(word);
    if (!key) fail('invalid_payload', 'word: type a word');
    const rules = state.polls.wordRules;
    const now = ruleOf(rules, pollId, key)?.rule ?? 'default';
    if (now === rule) return [];
    if (now === 'default' && rules.length >= limits.wordRulesPerSession) fail('limit_reached', `At most ${limits.wordRulesPerSession} word rules`);
    return [{ type: 'poll:wordRuled', pollId, key, word, rule }];
  }),
};
