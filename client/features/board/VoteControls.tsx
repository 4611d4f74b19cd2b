import { ownValue } from '../../../shared/records';
import type { Idea } from '../../../shared/board/types';
import { Dots } from '../../components/Dots';
import { Refusal } from '../../components/Refusal';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';

export function VoteControls({ idea, participantId, canAdd }: { idea: Idea; participantId: string; canAdd: boolean }) {
  const t = useT();
  const mine = ownValue(idea.votes, participantId) ?? 0;
  const { run: send, error } = useCommand();
  const run = (name: 'vote:cast' | 'vote:retract') => send(name, { ideaId: idea.id });
  return (
    <div className="vote-controls">
      <span className="my-dots" data-testid="my-dots" data-dots={mine}>
        <Dots count={mine} />
        <span className="visually-hidden">{t('board.yourDots', { count: mine })}</span>
      </span>
      {mine > 0 && (
        <button type="button" onClick={() => run('vote:retract')} aria-label={t('board.unvote')}>
          −
        </button>
      )}
      <button type="button" className="primary" onClick={() => run('vote:cast')} disabled={!canAdd} data-testid="vote">
        {t('board.vote')}
      </button>
      <Refusal code={error} own={{ limit_reached: 'board.noDotsLeft' }} />
    </div>
  );
}
