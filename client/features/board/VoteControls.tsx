import './laterStrings';
import type { Idea } from '../../../shared/board/types';
import { Dots } from '../../components/Dots';
import { useT } from '../../i18n';
import { enqueue } from '../../net/outbox';
import { useMyDots } from './useMyDots';

/**
 * A dot placed or taken back goes to the outbox with the count it makes on the idea, so sending it again after a
 * lost answer places nothing twice. Greyed out, the button says why.
 */
export function VoteControls({ idea, allowStacking }: { idea: Idea; allowStacking: boolean }) {
  const t = useT();
  const dots = useMyDots();
  const mine = dots.on(idea.id, idea.votes);
  const why = dots.left <= 0 ? t('board.noDotsLeft') : !allowStacking && mine > 0 ? t('board.oneDotPerIdea') : null;
  const step = (name: 'vote:cast' | 'vote:retract') => enqueue({ name, payload: { ideaId: idea.id, dots: name === 'vote:cast' ? mine + 1 : mine - 1 } });
  const whyId = `why-${idea.id}`;
  return (
    <div className="vote-controls">
      <span className="my-dots" data-testid="my-dots" data-dots={mine} data-pending={dots.isPending(idea.id) || undefined}>
        <Dots count={mine} />
        <span className="visually-hidden">{t('board.yourDots', { count: mine })}</span>
      </span>
      {mine > 0 && (
        <button type="button" onClick={() => step('vote:retract')} aria-label={t('board.unvote')} data-testid="unvote">
          −
        </button>
      )}
      <button type="button" className="primary" onClick={() => step('vote:cast')} disabled={why !== null} aria-describedby={why ? whyId : undefined} data-testid="vote">
        {t('board.vote')}
      </button>
      {why && (
        <span className="muted small vote-why" id={whyId} data-testid="vote-why">
          {why}
        </span>
      )}
    </div>
  );
}

/** The dots still to place, counting those on their way: shown above the list while the room votes. */
export function DotsLeft() {
  const t = useT();
  const { left } = useMyDots();
  return (
    <p className="dots-left" data-testid="dots-left" data-left={left}>
      <Dots count={left} /> {left === 0 ? t('board.noDotsLeft') : left === 1 ? t('board.oneDotLeft') : t('board.dotsLeft', { count: left })}
    </p>
  );
}
