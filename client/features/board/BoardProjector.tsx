import { sectorLabels, sectors } from '../../../shared/board/framework';
import { ideasOfSector, sortIdeas } from '../../../shared/board/selectors';
import { useT } from '../../i18n';
import { IdeaCard } from './IdeaCard';
import { Results } from './Results';
import { useAuthorName, useBoard, useLabel, useVisibleIdeas } from './useBoard';

const ON_SCREEN = 12;

/** The room's view: live ideas per sector, or the ranking with bars; names only if the facilitator allows. */
export function BoardProjector() {
  const t = useT();
  const label = useLabel();
  const board = useBoard();
  const ideas = useVisibleIdeas();
  const authorName = useAuthorName();
  if (board.phase === 'closed' && ideas.length === 0) return null;
  if (board.phase === 'results') {
    return (
      <section className="projector-board" data-testid="projector-board" data-phase={board.phase}>
        <h2>{t('board.phase.results')}</h2>
        <Results top={5} size="big" />
      </section>
    );
  }
  return (
    <section className="projector-board" data-testid="projector-board" data-phase={board.phase}>
      <h2>
        {t('board.title')} · {t(`board.phase.${board.phase}`)}
      </h2>
      <div className="columns">
        {sectors.map((sector) => {
          const inSector = sortIdeas(ideasOfSector(ideas, sector), 'newest');
          return (
            <section key={sector} className={`column sector-${sector}`}>
              <h3>
                {label(sectorLabels[sector])} <span className="count">{inSector.length}</span>
              </h3>
              {inSector.slice(0, ON_SCREEN).map((idea) => (
                <IdeaCard key={idea.id} idea={idea} author={board.settings.showNamesOnProjector ? authorName(idea) : null} />
              ))}
            </section>
          );
        })}
      </div>
    </section>
  );
}
