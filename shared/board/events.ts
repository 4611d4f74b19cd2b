import type { Sector } from './framework';
import type { BoardPhase, BoardSettings, Idea, IdeaGroup } from './types';

/** The fields of an idea that its author (or the facilitator) writes. */
export type IdeaContent = Pick<Idea, 'text' | 'partner' | 'libraryBrings' | 'partnerBrings' | 'gains' | 'reasons' | 'kind'>;

export type BoardEvent =
  | { type: 'idea:added'; idea: Idea }
  | { type: 'idea:edited'; id: string; changes: Partial<IdeaContent> }
  | { type: 'idea:deleted'; id: string }
  | { type: 'idea:hidden'; id: string; hidden: boolean }
  | { type: 'idea:moved'; id: string; sector: Sector; gains: Idea['gains']; groupId: string | null }
  | { type: 'idea:merged'; sourceId: string; targetId: string; text: string; votes: Record<string, number> }
  | { type: 'idea:grouped'; id: string; groupId: string | null }
  | { type: 'group:created'; group: IdeaGroup }
  | { type: 'group:renamed'; id: string; title: string }
  | { type: 'group:deleted'; id: string }
  /**
   * `voteTotals` is added by the projection only (shared/projection): the dots per visible idea, sent to phones
   * and the projector when results start to show (and `{}` when they stop), since they never saw the votes.
   */
  | { type: 'board:phaseChanged'; phase: BoardPhase; autoOpenedFor?: string; voteTotals?: Record<string, number> }
  | { type: 'board:settingsChanged'; settings: Partial<BoardSettings> }
  | { type: 'vote:cast'; participantId: string; ideaId: string }
  | { type: 'vote:retracted'; participantId: string; ideaId: string }
  /**
   * The facilitator's decision on ideas waiting for approval: approved ones become visible, rejected ones are
   * removed. `ideas` is added by the projection only: the approved ideas a screen did not have before.
   */
  | { type: 'idea:reviewed'; ids: string[]; decision: 'approve' | 'reject'; ideas?: Idea[] };
