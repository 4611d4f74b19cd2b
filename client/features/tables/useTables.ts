// The board's tables as the screens read them: one place between the state's shape and the tables' components.
import { useMemo } from 'react';
import type { BoardTable } from '../../../shared/board/types';
import type { Idea } from '../../../shared/board/types';
import { seatedCounts } from '../../../shared/tables/selectors';
import { seatOf } from '../../../shared/tables/seats';
import { useApp } from '../../store/appStore';

const none: BoardTable[] = [];

export function useTables(): BoardTable[] {
  return useApp((s) => s.session?.board.tables ?? none);
}

/** The table this phone sits at, null when it has chosen none (or the board has no tables). */
export function useMyTableId(): string | null {
  return useApp((s) => (s.actor?.role === 'participant' && s.session ? seatOf(s.session, s.actor.participantId) : null));
}

export function tableName(tables: readonly BoardTable[], tableId: string | null | undefined): string | null {
  return tables.find((table) => table.id === tableId)?.name ?? null;
}

export const atTable = (ideas: readonly Idea[], tableId: string | null): Idea[] => ideas.filter((idea) => idea.tableId === tableId);

/** How many people sit at each table, for the facilitator (whose view says where each participant sits). */
export function useSeatedAt(): ReadonlyMap<string | null, number> | undefined {
  const participants = useApp((s) => s.session?.participants);
  return useMemo(() => (participants ? seatedCounts({ participants }) : undefined), [participants]);
}
