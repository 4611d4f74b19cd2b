import { Refusal } from '../../components/Refusal';
import { type Sector, sectorLabels, sectors } from '../../../shared/board/framework';
import type { Idea } from '../../../shared/board/types';
import { useFormFocus } from '../../components/useFormFocus';
import { useT } from '../../i18n';
import { useModeration } from '../undo/useModeration';
import { IdeaTableSelect } from '../tables/IdeaTableSelect';
import { useBoard, useLabel } from './useBoard';

/** The facilitator's moderation of one idea; "move to" is the keyboard- and touch-free twin of drag and drop. */
export function IdeaActions({ idea, onEdit, onClose }: { idea: Idea; onEdit: () => void; onClose: () => void }) {
  const t = useT();
  const label = useLabel();
  const board = useBoard();
  const { ref, onKeyDown } = useFormFocus<HTMLDivElement>(onClose, `more-${idea.id}`);
  const others = board.ideas.filter((i) => i.id !== idea.id && i.sector === idea.sector);
  const groups = Object.values(board.groups).filter((g) => g.sector === idea.sector);
  const { run, error } = useModeration();
  const remove = () => window.confirm(t('board.confirmDelete')) && run('idea:delete', { id: idea.id });
  return (
    <div className="idea-actions row" ref={ref} onKeyDown={onKeyDown} role="group" aria-label={t('board.actionsFor', { idea: idea.text.slice(0, 40) })}>
      <Refusal code={error} testId="moderation-error" />
      <button type="button" onClick={onEdit}>
        {t('board.edit')}
      </button>
      <button type="button" onClick={() => run('idea:hide', { id: idea.id, hidden: !idea.hidden })}>
        {idea.hidden ? t('board.show') : t('board.hide')}
      </button>
      <button type="button" className="danger" onClick={remove}>
        {t('board.delete')}
      </button>
      <select aria-label={t('board.moveTo')} value="" onChange={(e) => run('idea:move', { id: idea.id, sector: e.target.value as Sector })}>
        <option value="">{t('board.moveTo')}</option>
        {sectors
          .filter((s) => s !== idea.sector)
          .map((s) => (
            <option key={s} value={s}>
              {label(sectorLabels[s])}
            </option>
          ))}
      </select>
      <IdeaTableSelect idea={idea} onMove={(tableId) => run('idea:table', { id: idea.id, tableId })} />
      {others.length > 0 && (
        <select aria-label={t('board.mergeInto')} value="" onChange={(e) => run('idea:merge', { sourceId: idea.id, targetId: e.target.value }, 'merge')}>
          <option value="">{t('board.mergeInto')}</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.text.slice(0, 60)}
            </option>
          ))}
        </select>
      )}
      {groups.length > 0 && (
        <select
          aria-label={t('board.groupAs')}
          value={idea.groupId ?? ''}
          onChange={(e) => run('idea:group', { id: idea.id, groupId: e.target.value || null })}
        >
          <option value="">{t('board.noGroup')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
