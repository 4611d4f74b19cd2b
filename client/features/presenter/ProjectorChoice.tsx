import './presenter.css';
import { activeOverride } from '../../../shared/projector/view';
import { initialProjector, type ProjectorChoice as Choice, projectorChoices } from '../../../shared/projector/types';
import { Segmented } from '../../components/Segmented';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { useApp } from '../../store/appStore';
import { useDayPosition } from '../agenda/useAgenda';
import { useProjectorView } from '../projector/useProjectorView';

/**
 * What the room's screen shows: it follows the day by itself; the facilitator may put the board or the programme
 * on it for the item on now (the next item is followed again). Says what the screen shows now.
 */
export function ProjectorChoice() {
  const t = useT();
  const { run } = useCommand();
  const { current } = useDayPosition(1000);
  const projector = useApp((s) => s.session?.projector ?? initialProjector);
  const view = useProjectorView();
  const chosen: Choice = activeOverride(projector, current?.id ?? null)?.show ?? 'auto';
  return (
    <div className="projector-choice" data-testid="projector-choice" data-view={view}>
      <Segmented
        options={projectorChoices}
        value={chosen}
        onChange={(show) => run('projector:show', { show })}
        label={t('projector.choice')}
        optionLabel={(choice) => t(`projector.choice.${choice}`)}
        testIdPrefix="projector-show"
      />
      <span className="muted projector-showing">{t('projector.showing', { view: t(`projector.view.${view}`) })}</span>
    </div>
  );
}
