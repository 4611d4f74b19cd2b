import { useT } from '../../i18n';
import { ApprovalInbox } from '../approval/ApprovalInbox';
import { BoardControls } from './BoardControls';
import { BoardWorkspace } from './BoardWorkspace';
import { LazySimilarIdeas } from '../similar/lazySimilar';
import { useModeration } from '../undo/useModeration';
import { ConsoleIdeaForm } from './ConsoleIdeaForm';
import { VoteProgress } from './VoteProgress';
import { useBoard, useVisibleIdeas } from './useBoard';

/** The facilitator's board: phase and settings, then (once there is something to see) the ideas by sector. */
export function BoardConsole() {
  const t = useT();
  const ideas = useVisibleIdeas();
  const board = useBoard();
  const moderation = useModeration();
  return (
    <section className="card board-console" data-testid="board-console" aria-labelledby="board-heading">
      <header className="board-console-head">
        <h2 id="board-heading">{t('board.title')}</h2>
        <BoardControls />
      </header>
      <ApprovalInbox />
      <ConsoleIdeaForm />
      <VoteProgress />
      <LazySimilarIdeas sending={moderation} />
      {board.phase === 'closed' && ideas.length === 0 ? null : <BoardWorkspace ideas={ideas.filter((idea) => !idea.pending)} />}
    </section>
  );
}
