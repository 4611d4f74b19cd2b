import { useState } from 'react';
import type { AgendaItem } from '../../../shared/agenda/types';
import { ConsoleIcon } from '../../components/ConsoleIcon';
import { errorKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { ItemForm } from './ItemForm';
import { NowNext } from './NowNext';
import { ProgrammeList } from './ProgrammeList';
import { RunControls } from './RunControls';
import { useAgenda, useDayPosition } from './useAgenda';

/**
 * The facilitator's programme: where the day is, how to drive it, and the timeline to edit. During a workshop it
 * folds to the current and next items, so the board comes first.
 */
export function AgendaConsole({ isFolded = false }: { isFolded?: boolean }) {
  const t = useT();
  const { items } = useAgenda();
  const { current, next } = useDayPosition(1000);
  const { run, error } = useCommand();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [showAll, setShowAll] = useState(false);
  const folded = isFolded && !showAll;
  const onlyIds = folded ? new Set([current?.id, next?.id].filter((id): id is string => Boolean(id))) : undefined;

  const actions = (item: AgendaItem, index: number) =>
    editing === item.id ? (
      <ItemForm item={item} onDone={() => setEditing(null)} />
    ) : (
      <ItemActions item={item} index={index} count={items.length} run={run} onEdit={() => setEditing(item.id)} />
    );

  return (
    <section className="agenda-console card" data-testid="agenda-console" data-folded={folded || undefined} aria-labelledby="programme-heading">
      <div className="agenda-head">
        <h2 id="programme-heading">{t('agenda.title')}</h2>
        {isFolded && (
          <button type="button" className="link-button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)} data-testid="programme-unfold">
            {showAll ? t('agenda.fold') : t('agenda.showAll')}
          </button>
        )}
      </div>
      {isFolded ? (
        <RunControls />
      ) : (
        <div className="agenda-run">
          <NowNext showLate />
          <RunControls />
        </div>
      )}
      <ProgrammeList actions={actions} onlyIds={onlyIds} />
      {error && <p className="error" role="alert">{t(errorKey(error))}</p>}
      {folded ? null : editing === 'new' ? (
        <ItemForm onDone={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing('new')} data-testid="agenda-add" data-focus-return="agenda-add">
          + {t('agenda.add')}
        </button>
      )}
    </section>
  );
}

/** An item's own controls in the timeline: go to it, edit it, move it up or down, remove it. */
function ItemActions({ item, index, count, run, onEdit }: { item: AgendaItem; index: number; count: number; run: ReturnType<typeof useCommand>['run']; onEdit: () => void }) {
  const t = useT();
  const remove = () => window.confirm(t('agenda.confirmRemove', { title: item.title })) && run('agenda:remove', { id: item.id });
  return (
    <>
      <button type="button" className="link-button" onClick={() => run('agenda:goto', { id: item.id })} data-testid="item-goto">
        {t('agenda.goto')}
      </button>
      <button type="button" className="link-button" onClick={onEdit} data-testid="item-edit" data-focus-return={`edit-${item.id}`}>
        {t('agenda.edit')}
      </button>
      <button type="button" className="icon-button" disabled={index === 0} onClick={() => run('agenda:reorder', { id: item.id, toIndex: index - 1 })} aria-label={t('agenda.moveUp')} title={t('agenda.moveUp')}>
        <ConsoleIcon name="up" />
      </button>
      <button type="button" className="icon-button" disabled={index === count - 1} onClick={() => run('agenda:reorder', { id: item.id, toIndex: index + 1 })} aria-label={t('agenda.moveDown')} title={t('agenda.moveDown')}>
        <ConsoleIcon name="down" />
      </button>
      <button type="button" className="icon-button danger" onClick={remove} aria-label={t('agenda.remove')} title={t('agenda.remove')}>
        <ConsoleIcon name="close" />
      </button>
    </>
  );
}
