import type { EvolverMap } from '../evolve';
import type { ReactionEvent } from './events';
import { reactionsOf } from './fold';

export const reactionEvolvers: EvolverMap<ReactionEvent> = {
  'reaction:counted': (s, { counts }) => ({ ...s, reactions: { ...reactionsOf(s), counts } }),
  'reaction:switched': (s, { off, offItems }) => ({ ...s, reactions: { ...reactionsOf(s), off, offItems } }),
};
