import { ownValue } from '../../../shared/records';
import { type FormEvent, Suspense, useState } from 'react';
import { useT } from '../../i18n';
import { enqueue, usePending } from '../../net/outbox';
import { rememberName } from '../../net/identity';
import { useApp } from '../../store/appStore';
import { RenameForm } from './lazyPhoneParts';

/** "You are in as …", with a way to change the name. */
export function ParticipantName() {
  const t = useT();
  const me = useApp((s) => (s.actor?.role === 'participant' ? s.session && ownValue(s.session.participants, s.actor.participantId) : undefined));
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [full, setFull] = useState(false);
  const pending = usePending((e) => e.name === 'participant:rename' && e.status !== 'failed');
  if (!me) return null;

  // The new name goes to the outbox; until the server has it, the old one is shown with the new one on its way.
  const save = (event: FormEvent) => {
    event.preventDefault();
    const kept = enqueue({ name: 'participant:rename', payload: { name: draft.trim() } });
    setFull(!kept);
    if (!kept) return;
    rememberName(draft.trim());
    setEditing(false);
  };

  if (!editing) {
    return (
      <p className="you" data-testid="you">
        {t('join.you', { name: me.name || t('join.anonymous') })}{' '}
        {pending?.name === 'participant:rename' && <span className="muted small">({t('outbox.kind.participant:rename', { name: pending.payload.name || t('join.anonymous') })} – {t('outbox.sending')})</span>}{' '}
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
  return (
    <Suspense fallback={null}>
      <RenameForm draft={draft} onDraft={setDraft} onSave={save} onCancel={() => setEditing(false)} full={full} />
    </Suspense>
  );
}
