import { nanoid } from 'nanoid';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../shared/limits';
import { type PollKind, pollKinds } from '../../../shared/poll/types';
import { errorKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { useApp } from '../../store/appStore';

/** A new poll, prepared for a programme item or made on the spot. */
export function PollForm({ defaultItemId }: { defaultItemId: string | null }) {
  const t = useT();
  const [kind, setKind] = useState<PollKind>('single');
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('');
  const [itemId, setItemId] = useState<string | null>(defaultItemId);
  const [resultsLive, setResultsLive] = useState(true);
  const [id, setId] = useState(() => nanoid());
  const { run, error } = useCommand();
  const choice = kind === 'single' || kind === 'multiple';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = options.split('\n').map((o) => o.trim()).filter(Boolean);
    const ok = await run('poll:create', { id, itemId, kind, question: question.trim(), resultsLive, ...(choice ? { options: list } : {}) });
    if (ok) {
      setQuestion('');
      setOptions('');
      setId(nanoid());
    }
  };

  return (
    <details className="poll-form">
      <summary data-testid="poll-create-toggle">{t('polls.create')}</summary>
      <form onSubmit={submit} data-testid="poll-form">
        <label>
          {t('polls.question')}
          <input value={question} maxLength={limits.pollQuestion} onChange={(e) => setQuestion(e.target.value)} required data-testid="poll-form-question" />
        </label>
        <div className="row">
          <KindSelect kind={kind} onChange={setKind} />
          <ItemSelect itemId={itemId} onChange={setItemId} />
        </div>
        {choice && (
          <label>
            {t('polls.options')}
            <textarea value={options} rows={4} onChange={(e) => setOptions(e.target.value)} data-testid="poll-form-options" />
          </label>
        )}
        <label className="check">
          <input type="checkbox" checked={resultsLive} onChange={(e) => setResultsLive(e.target.checked)} />
          {t('polls.resultsLive')}
        </label>
        <button type="submit" className="primary" data-testid="poll-form-submit">
          {t('polls.createSubmit')}
        </button>
        {error && <p className="error">{t(errorKey(error))}</p>}
      </form>
    </details>
  );
}

function KindSelect({ kind, onChange }: { kind: PollKind; onChange: (kind: PollKind) => void }) {
  const t = useT();
  return (
    <label>
      {t('polls.kind')}
      <select value={kind} onChange={(e) => onChange(e.target.value as PollKind)} data-testid="poll-form-kind">
        {pollKinds.map((k) => (
          <option key={k} value={k}>
            {t(`polls.kind.${k}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The programme item the poll belongs to, or none: made on the spot. */
function ItemSelect({ itemId, onChange }: { itemId: string | null; onChange: (itemId: string | null) => void }) {
  const t = useT();
  const items = useApp((s) => s.session?.agenda.items ?? []);
  return (
    <label>
      {t('polls.item')}
      <select value={itemId ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('polls.onTheSpot')}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.title}
          </option>
        ))}
      </select>
    </label>
  );
}
