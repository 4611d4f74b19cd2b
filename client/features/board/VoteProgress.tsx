import '../../components/notices.css';
import { voteProgress } from '../../../shared/board/selectors';
import { useT } from '../../i18n';
import { useApp } from '../../store/appStore';
import { useBoard } from './useBoard';

const noParticipants = {};

/** "17 of 60 dots used · 8 of 20 participants have voted": shown to the facilitator while the room votes. */
export function VoteProgress() {
  const t = useT();
  const board = useBoard();
  const participants = useApp((s) => s.session?.participants ?? noParticipants);
  const unnamed = useApp((s) => s.session?.unnamed);
  if (board.phase !== 'voting' && board.phase !== 'results') return null;
  const p = voteProgress({ board, participants, unnamed });
  return (
    <p className="vote-progress" data-testid="vote-progress" data-dots={p.dotsUsed} data-voters={p.voters}>
      <meter min={0} max={Math.max(1, p.dotsTotal)} value={p.dotsUsed} aria-label={t('board.dotsProgressLabel')} />{' '}
      {t('board.dotsProgress', { used: p.dotsUsed, total: p.dotsTotal })} · {t('board.votersProgress', { voters: p.voters, participants: p.participants })}
    </p>
  );
}
