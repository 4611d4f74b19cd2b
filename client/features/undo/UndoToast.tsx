import { useEffect, useState } from 'react';
import { Toast } from '../../components/Toast';
import { type ClientErrorCode, errorKey, useT } from '../../i18n';
import { send } from '../../net/api';
import { clearUndoOffer, useUndoOffer } from './undoOffer';
import { UNDO_MS } from '../../tuning';

/** "Merged. Fortryd" for a few seconds after a step that can be taken back; a refusal says why in words. */
export function UndoToast() {
  const t = useT();
  const offer = useUndoOffer();
  const [error, setError] = useState<{ seq: number; code: ClientErrorCode } | null>(null);
  // A newer step replaces the refusal of an older undo.
  useEffect(() => {
    if (offer) setError(null);
  }, [offer]);
  if (error && !offer) return <Toast key={`e${error.seq}`} tone="error" text={t(errorKey(error.code))} testId="undo-error" />;
  if (!offer) return null;
  const undo = async () => {
    clearUndoOffer();
    const ack = await send('history:undo', { seq: offer.seq });
    if (!ack.ok) setError({ seq: offer.seq, code: ack.code });
  };
  return (
    <Toast key={offer.seq} ms={UNDO_MS} text={t(`undo.${offer.kind}`)} testId="undo-toast">
      <button type="button" onClick={undo} data-testid="undo">
        {t('undo.button')}
      </button>
    </Toast>
  );
}
