// Reactions: counts and switches. No participant is ever stored with a reaction (the server counts taps and stores
// only the counts, with the actor `system`), so "Glem mig" has nothing to erase here: `people` holds no one.
import type { ReactionEvent } from '../reaction/events';
import { concernsNoOneElse, holdsNoOne, type KindMap, plain, staysVisible } from './kind';

export const reactionKinds: KindMap<ReactionEvent> = {
  // The projector shows the counts; phones are not sent them (a phone gives feedback on its own taps only).
  'reaction:counted': {
    project: (event, { audience }) => (audience.role === 'projector' ? event : null),
    concerns: concernsNoOneElse,
    stillVisible: staysVisible,
    people: holdsNoOne,
  },
  // Every screen learns whether reactions are on: the phone shows or hides its bar.
  'reaction:switched': plain,
};
