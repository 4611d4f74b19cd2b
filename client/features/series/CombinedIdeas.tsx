import { sectorLabels } from '../../../shared/board/framework';
import type { CombinedView } from '../../../shared/http/combined';
import { useLabel } from '../board/useBoard';
import { CombinedPartners } from './CombinedPartners';
import { useT } from './strings';

/** Ideas shown per workshop and sector before the rest is left to the downloads. */
const PER_WORKSHOP = 5;

/** The series' own top per sector, each workshop's ranked ideas side by side, then the partners. */
export function CombinedIdeas({ view }: { view: CombinedView }) {
  const t = useT();
  const label = useLabel();
  const title = new Map(view.workshops.map((ws) => [ws.id, ws.title]));
  return (
    <>
      <section className="card" aria-labelledby="combined-top">
        <h3 id="combined-top">{t('series.top')}</h3>
        <div className="combined-sectors">
          {view.topBySector.map(({ sector, ideas }) => (
            <div key={sector} className={`combined-sector sector-${sector}`}>
              <h4>{label(sectorLabels[sector])}</h4>
              {ideas.length === 0 ? (
                <p className="muted">{t('series.noVotes')}</p>
              ) : (
                <ol>
                  {ideas.map((idea, i) => (
                    <li key={`${idea.workshopId}-${i}`}>
                      <strong>{idea.text}</strong> <span className="muted">{[idea.partner, title.get(idea.workshopId)].filter(Boolean).join(' · ')}</span>
                      <span className="combined-votes">{idea.votes === 1 ? t('series.oneVote') : t('series.votes', { count: idea.votes })}</span>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          ))}
        </div>
      </section>
      <section className="card" aria-labelledby="combined-side">
        <h3 id="combined-side">{t('series.perWorkshop')}</h3>
        <div className="combined-scroll">
          <div className="combined-columns" style={{ gridTemplateColumns: `repeat(${view.workshops.length}, minmax(14rem, 1fr))` }}>
            {view.workshops.map((ws) => (
              <div key={ws.id} className="combined-column">
                <h4>{ws.title}</h4>
                {ws.sectors.map(({ sector }) => {
                  const own = view.ideas.filter((idea) => idea.workshopId === ws.id && idea.sector === sector).slice(0, PER_WORKSHOP);
                  return (
                    <div key={sector} className={`combined-sector sector-${sector}`}>
                      <h5>{label(sectorLabels[sector])}</h5>
                      {own.length === 0 ? <p className="muted">{t('series.noIdeas')}</p> : <ol>{own.map((idea) => <li key={idea.rank}>{idea.text} <span className="combined-votes">{idea.votes}</span></li>)}</ol>}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        </div>
      </section>
      <CombinedPartners view={view} />
    </>
  );
}
