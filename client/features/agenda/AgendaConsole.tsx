import { useState } from 'react';
import type { AgendaItem } from '../../../shared/agenda/types';
import { errorKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { ItemForm } from './ItemForm';
import { NowNext } from './NowNext';
import { ProgrammeList } from './ProgrammeList';
import { RunControls } from './RunControls';
import { useAgenda } from './useAgenda';

/** The facilitator's programme: where the day is, how to drive it, and the timeline to edit. */
export function AgendaConsole() {
  const t = useT();
  const { items } = useAgenda();
  const { run, error } = useCommand();
  const [editing, setEditing] = useState<string | 'new' | null>(null);

  const remove = (item: AgendaItem) => window.confirm(t('agenda.confirmRemove', { title: item.title })) && run('agenda:remove', { id: item.id });
  const actions = (item: AgendaItem, index: number) =>
    editing === item.id ? (
      <ItemForm item={item} onDone={() => setEditing(null)} />
    ) : (
      <>
        <button type="button" className="link-button" onClick={() => run('agenda:goto', { id: item.id })} data-testid="item-goto">
          {t('agenda.goto')}
        </button>
        <button type="button" className="link-button" onClick={() => setEditing(item.id)} data-testid="item-edit">
          {t('agenda.edit')}
        </button>
        <button type="button" className="icon-button" disabled={index === 0} onClick={() => run('agenda:reorder', { id: item.id, toIndex: index - 1 })} aria-label={t('agenda.moveUp')} title={t('agenda.moveUp')}>
          ↑
        </button>
        <button type="button" className="icon-button" disabled={index === items.length - 1} onClick={() => run('agenda:reorder', { id: item.id, toIndex: index + 1 })} aria-label={t('agenda.moveDown')} title={t('agenda.moveDown')}>
          ↓
        </button>
        <button type="button" className="icon-button danger" onClick={() => remove(item)} aria-label={t('agenda.remove')} title={t('agenda.remove')}>
          ×
        </button>
      </>
    );

  return (
    <section className="agenda-console card" data-testid="agenda-console">
      <div className="agenda-run">
        <NowNext showLate />
        <RunControls />
      </div>
      <details className="programme-toggle" open>
        <summary>
          <h2>{t('agenda.title')}</h2>
        </summary>
        <ProgrammeList actions={actions} />
        {error && <p className="error" role="alert">{t(errorKey(error))}</p>}
        {editing === 'new' ? (
          <ItemForm onDone={() => setEditing(null)} />
        ) : (
          <button type="button" onClick={() => setEditing('new')} data-testid="agenda-add">
            + {t('agenda.add')}
          </button>
        )}
      </details>
    </section>
  );
}
