import { z } from 'zod';
import { defineCommand, requireModerator } from '../command';
import { fail } from '../errors';
import { findIdea } from '../board/ideas';
import { similarLimits } from '../limits';
import { findQuestion } from '../question/questions';
import { idSchema } from '../schemas';
import type { SessionState } from '../state';
import { similarScopes, type SimilarScope } from './types';

export const dismissSimilarSchema = z.strictObject({
  scope: z.enum(similarScopes),
  ids: z.array(idSchema).min(2).max(similarLimits.groupIds),
});

/** Where an idea (its sector) or a question (its programme item) is compared; undefined when it is gone. */
function bucketOf(state: SessionState, scope: SimilarScope, id: string): string | undefined {
  return scope === 'ideas' ? findIdea(state.board, id)?.sector : findQuestion(state.questions, id)?.itemId;
}

export const similarCommands = {
  /** Sets a suggested group aside: its members are not suggested together again. */
  'similar:dismiss': defineCommand(dismissSimilarSchema, ({ state, actor }, { scope, ids }) => {
    requireModerator(actor);
    if ((state.similar?.[scope].length ?? 0) >= similarLimits.dismissals) fail('limit_reached', `At most ${similarLimits.dismissals} dismissed suggestions`);
    // Members merged or deleted since the suggestion was made are left out; one left is no group.
    const present = [...new Set(ids)].filter((id) => bucketOf(state, scope, id) !== undefined);
    if (present.length < 2) return [];
    if (new Set(present.map((id) => bucketOf(state, scope, id))).size > 1) fail('invalid_payload', 'A group lies within one sector or one programme item');
    return [{ type: 'similar:dismissed', scope, ids: present }];
  }),
};
