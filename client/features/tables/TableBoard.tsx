import './phoneStrings';
import './tablePhone.css';
import { useMemo, useState } from 'react';
import type { Sector } from '../../../shared/board/framework';
import type { BoardState, Idea } from '../../../shared/board/types';
import { candidates } from '../../../shared/tables/selectors';
import { isRoundOne, isRoundTwo } from '../../../shared/tables/seats';
import { Segmented } from '../../components/Segmented';
import { useT } from '../../i18n';
import { PhoneIdeaList } from '../board/PhoneIdeaList';
import { useBoard, useVisibleIdeas } from '../board/useBoard';
import { TableSeat } from './TableSeat';
import { atTable, useMyTableId, useTables } from './useTables';
import { useTableFromLink } from './useTableFromLink';

type Scope = 'table' | 'room';
const scopes: readonly Scope[] = ['table', 'room'];

/**
 * The board on a phone at a table: where it sits (and a way to move), then its table's ideas first with a switch to
 * the whole room; while the tables vote (round one) only its table's, in round two the tables' picks.
 */
export function TableBoard({ sector, onSector }: { sector: Sector; onSector: (sector: Sector) => void }) {
  const t = useT();
  const tables = useTables();
  const mine = useMyTableId();
  const board = useBoard();
  const ideas = useVisibleIdeas();
  const [scope, setScope] = useState<Scope>('table');
  useTableFromLink(tables, mine);
  const round = voteRound(board);
  const listed = useMemo(() => shownIdeas(board, ideas, round, mine, scope), [board, ideas, round, mine, scope]);
  return (
    <div className="table-board" data-testid="table-board" data-round={round ?? undefined}>
      <TableSeat tables={tables} mine={mine} canMove={round !== 1 || mine === null} />
      {round !== null && (
        <p className="table-round" data-testid="table-round">
          {round === 2 ? t('table.roundTwo') : mine ? t('table.roundOne', { picks: board.settings.picksPerTable }) : t('table.roundOneNoTable')}
        </p>
      )}
      {mine !== null && round === null && (
        <Segmented options={scopes} value={scope} onChange={setScope} label={t('table.show')} optionLabel={(s) => t(`table.show.${s}`)} testIdPrefix="table-scope-" className="segmented table-scope" />
      )}
      {listed && <PhoneIdeaList sector={sector} onSector={onSector} ideas={listed} />}
    </div>
  );
}

/** The round of a two-round vote the room is voting in, or null (collecting, one round). */
function voteRound(board: BoardState): 1 | 2 | null {
  return isRoundOne(board) ? 1 : board.phase === 'voting' && isRoundTwo(board) ? 2 : null;
}

/** What the list holds: a table's ideas (round one: nothing before the phone sits down), round two's candidates, or all. */
function shownIdeas(board: BoardState, ideas: Idea[], round: 1 | 2 | null, mine: string | null, scope: Scope): Idea[] | null {
  if (round === 1) return mine === null ? null : atTable(ideas, mine);
  if (round === 2) {
    const ids = new Set(candidates(board).map((idea) => idea.id));
    return ideas.filter((idea) => ids.has(idea.id));
  }
  return mine === null || scope === 'room' ? ideas : atTable(ideas, mine);
}
