import { type FormEvent, Suspense, useEffect, useState } from 'react';
import { nanoid } from 'nanoid';
import { limits } from '../../../shared/limits';
import { useT } from '../../i18n';
import { enqueue, type OutboxEntry, useOutbox } from '../../net/outbox';
import { useApp } from '../../store/appStore';
import { draftPayload, emptyDraft, IdeaDetails, type IdeaDraft } from './IdeaFields';
import { OutboxStatus } from '../join/lazyPhoneParts';
import { AnonymityNotice } from '../privacy/AnonymityNotice';
import { SectorPicker } from './SectorPicker';

const isIdea = (entry: OutboxEntry) => entry.name === 'idea:add';

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
 * Adding an idea on a phone. The draft (with its id) lives in localStorage while it is written; "Tilføj" hands it
 * to the outbox, which keeps it until the server acknowledges it, so a dropped connection or a reload loses
 * nothing, and sending again cannot make a second idea. What happens next is shown by OutboxStatus.
 */
export function IdeaForm() {
  const t = useT();
  const sessionId = useApp((s) => s.session?.id ?? '');
  const [draft, setDraft] = useState<StoredDraft>(() => loadDraft(sessionId));
  const [full, setFull] = useState(false);
  const hasIdeas = useOutbox((s) => s.entries.some(isIdea));

  useEffect(() => {
    localStorage.setItem(draftKey(sessionId), JSON.stringify(draft));
  }, [draft, sessionId]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const kept = enqueue({ name: 'idea:add', payload: { id: draft.id, sector: draft.sector, ...draftPayload(draft) } });
    setFull(!kept);
    if (kept) setDraft({ ...emptyDraft(draft.sector), id: nanoid() });
  };

  const change = (next: IdeaDraft) => {
    setDraft({ ...next, id: draft.id });
    setFull(false);
  };

  return (
    <form className="card idea-form" onSubmit={submit} data-testid="idea-form">
      <AnonymityNotice />
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
      <IdeaDetails draft={draft} onChange={change} isNew />
      <button type="submit" className="primary wide" disabled={!draft.text.trim()} data-testid="add-idea">
        {t('board.add')}
      </button>
      {full && (
        <p className="error" role="alert">
          {t('outbox.full')}
        </p>
      )}
      {hasIdeas && (
        <Suspense fallback={null}>
          <OutboxStatus only={isIdea} />
        </Suspense>
      )}
    </form>
  );
}
