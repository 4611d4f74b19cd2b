import './approval.css';
import { sectorLabels } from '../../../shared/board/framework';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { errorKey } from '../../i18n';
import { useBoard, useLabel } from '../board/useBoard';

/** The facilitator's inbox in approval mode: ideas nobody else sees until approved here, one by one or all. */
export function ApprovalInbox() {
  const t = useT();
  const label = useLabel();
  const board = useBoard();
  const { run, error } = useCommand();
  const waiting = board.ideas.filter((idea) => idea.pending);
  if (waiting.length === 0) return null;

  const review = (ids: string[], decision: 'approve' | 'reject') => {
    if (decision === 'reject' && !window.confirm(t('approval.confirmReject', { count: ids.length }))) return;
    void run('idea:review', { ids, decision });
  };
  const all = waiting.map((idea) => idea.id);

  return (
    <section className="approval-inbox" data-testid="approval-inbox" aria-live="polite">
      <header className="row">
        <h3>{t('approval.inbox', { count: waiting.length })}</h3>
        <button type="button" className="primary" onClick={() => review(all, 'approve')} data-testid="approve-all">
          {t('approval.approveAll')}
        </button>
        <button type="button" className="danger" onClick={() => review(all, 'reject')}>
          {t('approval.rejectAll')}
        </button>
      </header>
      {error && (
        <p className="error" role="alert">
          {t(errorKey(error))}
        </p>
      )}
      <ul>
        {waiting.map((idea) => (
          <li key={idea.id} className={`sector-${idea.sector}`} data-testid="waiting-idea">
            <span className="muted">{label(sectorLabels[idea.sector])}</span>
            <p className="idea-text">{idea.text}</p>
            <div className="row">
              <button type="button" onClick={() => review([idea.id], 'approve')} data-testid="approve">
                {t('approval.approve')}
              </button>
              <button type="button" className="danger" onClick={() => review([idea.id], 'reject')}>
                {t('approval.reject')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
