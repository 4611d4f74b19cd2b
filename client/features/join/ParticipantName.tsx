import { limits } from '../../../shared/limits';
import { ownValue } from '../../../shared/records';
import { type FormEvent, useState } from 'react';
import { useFormFocus } from '../../components/useFormFocus';
import { type ClientErrorCode, errorKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { rememberName } from '../../net/identity';
import { useApp } from '../../store/appStore';

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
          data-focus-return="rename"
        >
          {t('join.rename')}
        </button>
      </p>
    );
  }
  return <RenameForm draft={draft} onDraft={setDraft} onSave={save} onCancel={() => setEditing(false)} error={error} />;
}

function RenameForm(props: { draft: string; onDraft: (name: string) => void; onSave: (e: FormEvent) => void; onCancel: () => void; error: ClientErrorCode | null }) {
  const t = useT();
  const { ref, onKeyDown } = useFormFocus<HTMLFormElement>(props.onCancel, 'rename');
  return (
    <form className="row you" onSubmit={props.onSave} ref={ref} onKeyDown={onKeyDown}>
      <input value={props.draft} maxLength={limits.displayName} onChange={(e) => props.onDraft(e.target.value)} aria-label={t('join.nameLabel')} />
      <button type="submit" className="primary">
        {t('join.save')}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('board.cancel')}
      </button>
      {props.error && (
        <span className="error" role="alert">
          {t(errorKey(props.error))}
        </span>
      )}
    </form>
  );
}
