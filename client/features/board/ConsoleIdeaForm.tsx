import { Refusal } from '../../components/Refusal';
import '../../components/notices.css';
import { nanoid } from 'nanoid';
import { type FormEvent, useState } from 'react';
import { type Sector, sectorLabels, sectors } from '../../../shared/board/framework';
import { limits } from '../../../shared/limits';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { useLabel } from './useBoard';

/**
 * The facilitator writes an idea from the room (or from a flip-over) straight onto the board, in any phase; with one
 * table's board open, at that table.
 */
export function ConsoleIdeaForm({ tableId }: { tableId: string | null }) {
  const t = useT();
  const label = useLabel();
  const { run, error } = useCommand();
  // One id per idea being written: a retried add after a lost answer is the same idea.
  const [id, setId] = useState(nanoid);
  const [sector, setSector] = useState<Sector>('public');
  const [text, setText] = useState('');
  const [working, setWorking] = useState(false);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    const ok = await run('idea:add', { id, sector, text, tableId });
    setWorking(false);
    if (!ok) return;
    setText('');
    setId(nanoid());
  };
  return (
    <form className="row inline-form console-idea-form" onSubmit={add} data-testid="console-idea-form">
      <select value={sector} onChange={(e) => setSector(e.target.value as Sector)} aria-label={t('board.sector')}>
        {sectors.map((s) => (
          <option key={s} value={s}>
            {label(sectorLabels[s])}
          </option>
        ))}
      </select>
      <input value={text} maxLength={limits.ideaText} onChange={(e) => setText(e.target.value)} placeholder={t('board.textPlaceholder')} aria-label={t('board.text')} data-testid="console-idea-text" />
      <button type="submit" disabled={working || !text.trim()} data-testid="console-add-idea">
        {t('board.add')}
      </button>
      <Refusal code={error} />
    </form>
  );
}
