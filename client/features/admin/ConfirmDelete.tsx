import { useEffect, useRef } from 'react';
import { useT } from './strings';

/** A modal question before anything is deleted for good; Escape or "Cancel" leaves everything as it was. */
export function ConfirmDelete({ title, onConfirm, onCancel }: { title: string; onConfirm: () => void; onCancel: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    return () => element?.close?.();
  }, []);
  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="confirm-title" onCancel={onCancel} data-testid="confirm-delete">
      <h2 id="confirm-title">{t('admin.confirmTitle', { title })}</h2>
      <p>{t('admin.confirmText')}</p>
      <div className="row">
        <button type="button" className="danger" onClick={onConfirm} data-testid="confirm-delete-yes">
          {t('admin.confirmDelete')}
        </button>
        <button type="button" onClick={onCancel} autoFocus>
          {t('admin.cancel')}
        </button>
      </div>
    </dialog>
  );
}
