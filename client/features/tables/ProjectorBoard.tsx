import { useMemo } from 'react';
import { ProjectorIdeas } from '../projector/ProjectorIdeas';
import { ProjectorResults } from '../projector/ProjectorResults';
import { useBoard, useVisibleIdeas } from '../board/useBoard';
import { TableResults } from './TableResults';
import { TablesProgress } from './TablesProgress';
import { isTwoRounds } from '../../../shared/tables/seats';
import { useShownTable } from './useShownTable';
import { atTable, tableName, useTables } from './useTables';
import './tablesProjector.css';

/**
 * The board on the room's screen: one table's board when the facilitator shows it; while tables collect, each
 * table's progress; in the results of two rounds each table's picks, then the room's ranking.
 */
export function ProjectorBoard() {
  const board = useBoard();
  const tables = useTables();
  const { tableId } = useShownTable();
  const ideas = useVisibleIdeas();
  const shownName = tableName(tables, tableId);
  const ofTable = useMemo(() => (tableId ? atTable(ideas, tableId) : ideas), [ideas, tableId]);
  if (board.phase === 'results') return isTwoRounds(board) ? <TableResults /> : <ProjectorResults />;
  if (shownName) return <ProjectorIdeas key={tableId} only={ofTable} heading={shownName} />;
  // Tables set but nobody writing at one (a template's tables the room does not use): the board as without tables.
  if (board.phase === 'collecting' && ideas.some((idea) => idea.tableId !== null)) return <TablesProgress />;
  return <ProjectorIdeas />;
}
