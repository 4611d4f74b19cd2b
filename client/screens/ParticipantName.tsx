import { ownValue } from '../../shared/records';
import { type FormEvent, useState } from 'react';
import { errorKey, useT } from '../i18n';
import { useCommand } from '../net/useCommand';
import { rememberName } from '../net/identity';
import { useApp } from '../store/appStore';

/** "You are in as …", with a way to change the name. */
export function ParticipantName() {
  const t = useT();
  const me = useApp((s) => (s.actor?.role === 'participant' ? s.session && ownValue(s.session.participants, s.actor.participantId) : undefined));
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const { run, error } = useCommand();
  if (!me) return null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await run('participant:rename', { name: draft.trim() }))) return;
    rememberName(draft.trim());
    setEditing(false);
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
