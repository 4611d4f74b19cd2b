import type { BoardTable, TablePicks } from '../board/types';

export type TableEvent =
  /** The facilitator set the room's tables. Ideas and people at a table that is gone are then at none. */
  | { type: 'board:tablesSet'; tables: BoardTable[] }
  /** A participant sat down at a table (or left theirs: null). Only they and the facilitator learn of it. */
  | { type: 'participant:seated'; participantId: string; tableId: string | null }
  /** The facilitator moved an idea to another table (or to none). */
  | { type: 'idea:tableChanged'; id: string; tableId: string | null }
  /** Round two of a two-round vote began: round one's dots stay with round one; `picks` are the candidates now. */
  | { type: 'board:roundStarted'; round: 2; picks: TablePicks[] };
