import { type FormEvent, useEffect, useState } from 'react';
import { nanoid } from 'nanoid';
import { limits } from '../../../shared/limits';
import { type ClientErrorCode, errorKey, useT } from '../../i18n';
import { send } from '../../net/api';
import { useApp } from '../../store/appStore';
import { draftPayload, emptyDraft, IdeaDetails, type IdeaDraft } from './IdeaFields';
import { SectorPicker } from './SectorPicker';

type StoredDraft = IdeaDraft & { id: string };
const draftKey = (sessionId: string) => `ootb.draft.${sessionId}`;

function loadDraft(sessionId: string): StoredDraft {
  try {
    const saved = JSON.parse(localStorage.getItem(draftKey(sessionId)) ?? 'null') as StoredDraft | null;
    if (saved?.id) return { ...emptyDraft(), ...saved };
  } catch {
    // A damaged draft is replaced by an empty one.
  }
  return { ...emptyDraft(), id: nanoid() };
}

/**
 * Adding an idea on a phone. The draft (with its id) lives in localStorage until the server acknowledges it,
 * so a dropped connection or a reload loses nothing, and sending again cannot make a second idea.
 */
export function IdeaForm() {
  const t = useT();
  const sessionId = useApp((s) => s.session?.id ?? '');
  const [draft, setDraft] = useState<StoredDraft>(() => loadDraft(sessionId));
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<'added' | ClientErrorCode | null>(null);

  useEffect(() => {
    localStorage.setItem(draftKey(sessionId), JSON.stringify(draft));
  }, [draft, sessionId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    const ack = await send('idea:add', { id: draft.id, sector: draft.sector, ...draftPayload(draft) });
    setSending(false);
    if (!ack.ok) return setResult(ack.code);
    setResult('added');
    setDraft({ ...emptyDraft(draft.sector), id: nanoid() });
  };

  const change = (next: IdeaDraft) => {
    setDraft({ ...next, id: draft.id });
    setResult(null);
  };

  return (
    <form className="card idea-form" onSubmit={submit} data-testid="idea-form">
      <SectorPicker value={draft.sector} onChange={(sector) => change({ ...draft, sector })} />
      <label htmlFor="idea-text">{t('board.text')}</label>
      <textarea
        id="idea-text"
        rows={3}
        value={draft.text}
        maxLength={limits.ideaText}
        placeholder={t('board.textPlaceholder')}
        onChange={(e) => change({ ...draft, text: e.target.value })}
      />
      <p className="muted counter">{t('board.chars', { count: draft.text.length })}</p>
      <IdeaDetails draft={draft} onChange={change} />
      <button type="submit" className="primary wide" disabled={sending || !draft.text.trim()} data-testid="add-idea">
        {sending ? t('board.adding') : t('board.add')}
      </button>
      {result === 'added' && (
        <p className="ok" role="status">
          {t('board.added')}
        </p>
      )}
      {result && result !== 'added' && (
        <p className="error" role="alert">
          {t(result === 'limit_reached' ? 'board.ideaLimitReached' : errorKey(result))}
        </p>
      )}
    </form>
  );
}
