import { sectorLabels, sectors } from '../../../shared/board/framework';
import type { CombinedView } from '../../../shared/http/combined';
import { useLabel } from '../board/useBoard';
import { useT } from './strings';

/** Each workshop's figures, and how its ideas split over the three sectors. */
export function CombinedOverview({ view }: { view: CombinedView }) {
  const t = useT();
  const label = useLabel();
  return (
    <section className="card" aria-labelledby="combined-overview">
      <h3 id="combined-overview">{t('series.overview')}</h3>
      <div className="combined-scroll">
        <table className="admin-table combined-table">
          <thead>
            <tr>
              <th>{t('admin.col.title')}</th>
              <th>{t('admin.col.date')}</th>
              <th className="number">{t('admin.col.participants')}</th>
              <th className="number">{t('admin.col.ideas')}</th>
              <th className="number">{t('series.col.votes')}</th>
              <th className="number">{t('series.questions')}</th>
              <th className="number">{t('series.pollAnswers')}</th>
              <th>{t('series.shares')}</th>
            </tr>
          </thead>
          <tbody>
            {view.workshops.map((ws) => (
              <tr key={ws.id} data-testid="combined-workshop">
                <td>
                  <strong>{ws.title}</strong>
                  {ws.status === 'archived' && <span className="muted join-code-small">{t('admin.status.archived')}</span>}
                </td>
                <td data-label={t('admin.col.date')}>{ws.date}</td>
                <td data-label={t('admin.col.participants')} className="number">
                  {ws.participants}
                </td>
                <td data-label={t('admin.col.ideas')} className="number">
                  {ws.ideas}
                </td>
                <td data-label={t('series.col.votes')} className="number">
                  {ws.votes}
                </td>
                <td data-label={t('series.questions')} className="number">
                  {ws.questions}
                </td>
                <td data-label={t('series.pollAnswers')} className="number">
                  {ws.pollAnswers}
                </td>
                <td>
                  <div className="share-bar" role="img" aria-label={ws.sectors.map((s) => `${label(sectorLabels[s.sector])} ${Math.round(s.share * 100)} %`).join(', ')}>
                    {ws.sectors.map((s) => (s.share > 0 ? <span key={s.sector} className={`share share-${s.sector}`} style={{ flexGrow: s.share }}>{Math.round(s.share * 100)} %</span> : null))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="share-legend">
        {sectors.map((s) => (
          <span key={s}>
            <i className={`share-${s}`} aria-hidden="true" />
            {label(sectorLabels[s])}
          </span>
        ))}
      </p>
    </section>
  );
}
