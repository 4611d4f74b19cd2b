import { useState } from 'react';
import { useT } from '../../i18n';
import { ApprovalInbox } from '../approval/ApprovalInbox';
import { TableFilter, TablesPanel } from '../tables/TablesPanel';
import { atTable, useTables } from '../tables/useTables';
import { BoardControls } from './BoardControls';
import { BoardWorkspace } from './BoardWorkspace';
import { LazySimilarIdeas } from '../similar/lazySimilar';
import { useModeration } from '../undo/useModeration';
import { ConsoleIdeaForm } from './ConsoleIdeaForm';
import { VoteProgress } from './VoteProgress';
import { useBoard, useVisibleIdeas } from './useBoard';

/**
 * The facilitator's board: phase and settings, the tables, then (once there is something to see) the ideas by
 * sector, of the whole room or of the one table opened.
 */
export function BoardConsole() {
  const t = useT();
  const ideas = useVisibleIdeas();
  const board = useBoard();
  const [opened, setTable] = useState<string | null>(null);
  // A table removed since it was opened closes: the whole room shows again.
  const table = useTables().some((candidate) => candidate.id === opened) ? opened : null;
  const shown = ideas.filter((idea) => !idea.pending);
  const moderation = useModeration();
  return (
    <section className="card board-console" data-testid="board-console" aria-labelledby="board-heading">
      <header className="board-console-head">
        <h2 id="board-heading">{t('board.title')}</h2>
        <BoardControls />
      </header>
      <TablesPanel opened={table} onOpen={setTable} />
      <ApprovalInbox />
      <TableFilter value={table} onChange={setTable} />
      <ConsoleIdeaForm tableId={table} />
      <VoteProgress />
      <LazySimilarIdeas sending={moderation} />
      {board.phase === 'closed' && ideas.length === 0 ? null : <BoardWorkspace ideas={table ? atTable(shown, table) : shown} />}
    </section>
  );
}
