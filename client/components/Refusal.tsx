import { type ClientErrorCode, errorKey, type StringKey, useT } from '../i18n';

/**
 * The one translated sentence for a refused command, next to the control that sent it, announced to screen
 * readers; nothing when all is well. `own` lets a feature say a code its own way (see errorKey).
 */
export function Refusal({ code, testId, own }: { code: ClientErrorCode | null; testId?: string; own?: Partial<Record<ClientErrorCode, StringKey>> }) {
  const t = useT();
  if (!code) return null;
  return (
    <p className="error" role="alert" data-testid={testId}>
      {t(errorKey(code, own))}
    </p>
  );
}
