import { tableLimits } from '../../../shared/limits';
import type { BoardSettings } from '../../../shared/board/types';
import { isRoundOne } from '../../../shared/tables/seats';
import { Refusal } from '../../components/Refusal';
import { Segmented } from '../../components/Segmented';
import { useT } from '../../i18n';
import { useBoard } from '../board/useBoard';
import { usePhaseChange } from '../board/usePhaseChange';
import { useModeration } from '../undo/useModeration';

const roundChoices = ['1', '2'] as const;

/**
 * How the room votes with tables: one round over every idea, or two (each table picks its best N, then the room votes
 * among the picks), fixed while the room votes; while the tables vote, the step to round two.
 */
export function VoteRounds() {
  const t = useT();
  const board = useBoard();
  const { run, error } = useModeration();
  const phase = usePhaseChange();
  const { votingRounds: rounds, picksPerTable } = board.settings;
  const setting = (settings: Partial<BoardSettings>) => void run('board:settings', settings);
  if (board.phase === 'voting') {
    return (
      <div className="vote-rounds" data-testid="vote-rounds" data-rounds={rounds}>
        <span>
          {t('tables.rounds')}: {t(`tables.rounds.${rounds}`)}
        </span>
        {isRoundOne(board) && (
          <button type="button" className="primary" onClick={() => void phase.goForward()} data-testid="round-two">
            {t('tables.toRoundTwo')}
          </button>
        )}
        <Refusal code={phase.error} />
      </div>
    );
  }
  return (
    <div className="vote-rounds" data-testid="vote-rounds" data-rounds={rounds}>
      <Segmented
        options={roundChoices}
        value={rounds === 2 ? '2' : '1'}
        onChange={(value) => setting({ votingRounds: value === '2' ? 2 : 1 })}
        label={t('tables.rounds')}
        optionLabel={(value) => t(`tables.rounds.${value}`)}
        testIdPrefix="vote-rounds-"
      />
      {rounds === 2 && (
        <label className="check">
          {t('tables.picksPerTable')}
          <input
            type="number"
            min={1}
            max={tableLimits.picksPerTable}
            className="narrow"
            value={picksPerTable}
            onChange={(e) => e.target.valueAsNumber >= 1 && setting({ picksPerTable: Math.min(tableLimits.picksPerTable, Math.floor(e.target.valueAsNumber)) })}
            data-testid="picks-per-table"
          />
        </label>
      )}
      <Refusal code={error} />
    </div>
  );
}
