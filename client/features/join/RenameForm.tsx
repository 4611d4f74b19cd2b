import { limits } from '../../../shared/limits';
import type { FormEvent } from 'react';
import { useFormFocus } from '../../components/useFormFocus';
import { useT } from '../../i18n';

/** Changing the name on a phone: loaded with the phone's later parts, as few ever change it. */
export function RenameForm(props: { draft: string; onDraft: (name: string) => void; onSave: (e: FormEvent) => void; onCancel: () => void; full: boolean }) {
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
      {props.full && (
        <span className="error" role="alert">
          {t('outbox.full')}
        </span>
      )}
    </form>
  );
}
