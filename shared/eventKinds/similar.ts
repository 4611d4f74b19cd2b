// The facilitator's decisions about suggested groups of alike ideas and questions: theirs (and a moderator's) alone.
import type { SimilarEvent } from '../similar/events';
import { concernsNoOneElse, hiddenFromAll, holdsNoOne, type KindMap } from './kind';

export const similarKinds: KindMap<SimilarEvent> = {
  // Ids of ideas and questions, never of people; a participant or the projector is never told.
  'similar:dismissed': { project: hiddenFromAll, concerns: concernsNoOneElse, stillVisible: hiddenFromAll, people: holdsNoOne },
};
