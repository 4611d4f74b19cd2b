import type { EvolverMap } from '../evolve';
import type { ReactionEvent } from './events';
import { reactionsOf, withCounted, withSwitched } from './reactions';

export const reactionEvolvers: EvolverMap<ReactionEvent> = {
  'reaction:counted': (s, e) => ({ ...s, reactions: withCounted(reactionsOf(s), e.itemId, e.counts) }),
  'reaction:switched': (s, e) => ({ ...s, reactions: withSwitched(reactionsOf(s), e.itemId, e.enabled) }),
};
