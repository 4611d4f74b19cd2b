import { Refusal } from '../../components/Refusal';
import { Segmented } from '../../components/Segmented';
import { boardPhases, type BoardSettings } from '../../../shared/board/types';
import { useT } from '../../i18n';
import { useModeration } from '../undo/useModeration';
import { useBoard } from './useBoard';
import { usePhaseChange } from './usePhaseChange';

/** Phase switch and the board's settings, for the facilitator. */
export function BoardControls() {
  const t = useT();
  const board = useBoard();
  const phase = usePhaseChange();
  const { run, error: settingError } = useModeration();
  const setting = (settings: Partial<BoardSettings>) => run('board:settings', settings);
  const toggle = (key: 'allowStacking' | 'showNamesOnProjector' | 'openOnWorkshop' | 'requireApproval', text: string) => (
    <label className="check">
      <input type="checkbox" checked={board.settings[key]} data-testid={`setting-${key}`} onChange={(e) => setting({ [key]: e.target.checked })} />
      {text}
    </label>
  );
  return (
    <div className="board-controls">
      <Segmented
        options={boardPhases}
        value={board.phase}
        onChange={(to) => void phase.change(to)}
        label={t('board.phase')}
        optionLabel={(phase) => t(`board.phase.${phase}`)}
        testIdPrefix="phase-"
      />
      <details className="board-settings">
        <summary>{t('board.settings')}</summary>
        <label className="check">
          {t('board.dotsPerParticipant')}
          <input
            type="number"
            min={1}
            max={20}
            value={board.settings.dotsPerParticipant}
            onChange={(e) => e.target.valueAsNumber >= 1 && setting({ dotsPerParticipant: e.target.valueAsNumber })}
            className="narrow"
          />
        </label>
        {toggle('allowStacking', t('board.allowStacking'))}
        {toggle('showNamesOnProjector', t('board.showNames'))}
        {toggle('openOnWorkshop', t('board.openOnWorkshop'))}
        {toggle('requireApproval', t('approval.setting'))}
      </details>
      {/* Each control's own refusal: a refused setting is not hidden behind an older refusal of the phase. */}
      <Refusal code={phase.error} />
      <Refusal code={settingError} />
    </div>
  );
}
