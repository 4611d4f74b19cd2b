import { useMemo } from 'react';
import { type Sector, sectorLabels, sectors } from '../../../shared/board/framework';
import { ranking } from '../../../shared/board/selectors';
import type { Idea } from '../../../shared/board/types';
import { useT } from '../../i18n';
import { useBoard, useLabel } from '../board/useBoard';
import { type Column, PagedColumns } from './PagedColumns';

type Row = { idea: Idea; votes: number; rank: number; max: number };

/**
 * The ranking in large type, only ideas with votes: the top of each sector on the first page, the rest on the pages
 * after; a sector no one voted in says so. `heading` names it otherwise (the room's ranking after the tables' picks).
 */
export function ProjectorResults({ heading }: { heading?: string }) {
  const t = useT();
  const label = useLabel();
  const board = useBoard();
  const columns = useMemo<Column<Row>[]>(() => {
    const bySector = sectors.map((sector) => ({ sector, rows: ranking(board, sector) }));
    const max = Math.max(1, ...bySector.flatMap((s) => s.rows.map((r) => r.votes)));
    return bySector.map(({ sector, rows }) => ({
      key: sector,
      className: `sector-${sector}`,
      header: (
        <>
          <h3 className="paged-heading">{label(sectorLabels[sector as Sector])}</h3>
          {rows.length === 0 && (
            <p className="pempty" data-testid="no-votes">
              {t('board.noVotesYet')}
            </p>
          )}
        </>
      ),
      blocks: rows.map(({ idea, votes }, i) => ({ key: idea.id, kind: 'item' as const, value: { idea, votes, rank: i + 1, max } })),
    }));
  }, [board, label, t]);

  return (
    <div className="presults">
      <PagedColumns
        columns={columns}
        showKey={null}
        testId="results"
        title={<h2>{heading ?? t('board.phase.results')}</h2>}
        renderBlock={({ value: { idea, votes, rank, max } }) => (
          <div className={`presult idea-${idea.sector}`} data-testid="result-row" data-idea-id={idea.id}>
            <p className="presult-text">
              <span className="presult-rank">{rank}.</span> {idea.text}
              {idea.partner && <span className="presult-partner"> · {idea.partner}</span>}
            </p>
            <div className="bar-row">
              <span className="bar" style={{ width: `${(votes / max) * 100}%` }} />
              <span className="bar-value" data-testid="result-votes" aria-label={votes === 1 ? t('board.oneVote') : t('board.votes', { count: votes })}>
                {votes}
              </span>
            </div>
          </div>
        )}
      />
    </div>
  );
}
