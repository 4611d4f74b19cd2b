import { type Sector, sectorLabels, sectors } from '../../../shared/board/framework';
import { ranking } from '../../../shared/board/selectors';
import { useT } from '../../i18n';
import { useBoard, useLabel } from './useBoard';

/** Ideas with votes ranked per sector, the votes as bars, on a phone (the projector pages its own: ProjectorResults). */
export function Results() {
  const t = useT();
  const label = useLabel();
  const board = useBoard();
  const bySector = sectors.map((sector) => ({ sector, rows: ranking(board, sector) }));
  const max = Math.max(1, ...bySector.flatMap((s) => s.rows.map((r) => r.votes)));
  return (
    <div className="results" data-testid="results">
      {bySector.map(({ sector, rows }) => (
        <section key={sector} className={`results-sector sector-${sector}`} data-sector={sector}>
          <h3>{label(sectorLabels[sector as Sector])}</h3>
          {rows.length === 0 && (
            <p className="muted" data-testid="no-votes">
              {t('board.noVotesYet')}
            </p>
          )}
          <ol>
            {rows.map(({ idea, votes }) => (
              <li key={idea.id} data-testid="result-row" data-idea-id={idea.id}>
                <div className="result-text">
                  {idea.text}
                  {idea.partner && <span className="muted"> · {idea.partner}</span>}
                </div>
                <div className="bar-row">
                  <span className="bar" style={{ width: `${(votes / max) * 100}%` }} />
                  <span className="bar-value" data-testid="result-votes">
                    {votes}
                  </span>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
