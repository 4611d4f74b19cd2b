import { type FormEvent, useState } from 'react';
import { errorKey, type ClientErrorCode, useT } from '../i18n';
import { send } from '../net/api';
import { rememberName } from '../net/identity';
import { useApp } from '../store/appStore';

/** "You are in as …", with a way to change the name. */
export function ParticipantName() {
  const t = useT();
  const me = useApp((s) => (s.actor?.role === 'participant' ? s.session?.participants[s.actor.participantId] : undefined));
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<ClientErrorCode | null>(null);
  if (!me) return null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await send('participant:rename', { name: draft.trim() });
    if (!result.ok) return setError(result.code);
    rememberName(draft.trim());
    setEditing(false);
    setError(null);
  };

  if (!editing) {
    return (
      <p className="you" data-testid="you">
        {t('join.you', { name: me.name || t('join.anonymous') })}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setDraft(me.name);
            setEditing(true);
          }}
        >
          {t('join.rename')}
        </button>
      </p>
    );
  }
  return (
    <form className="row you" onSubmit={save}>
      <input value={draft} maxLength={40} onChange={(e) => setDraft(e.target.value)} aria-label={t('join.nameLabel')} />
      <button type="submit" className="primary">
        {t('join.save')}
      </button>
      {error && <span className="error">{t(errorKey(error))}</span>}
    </form>
  );
}
