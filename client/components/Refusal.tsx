import { type ClientErrorCode, errorKey, useT } from '../i18n';

/** The one translated sentence for a refused command, next to the control that sent it; nothing when all is well. */
export function Refusal({ code, testId }: { code: ClientErrorCode | null; testId?: string }) {
  const t = useT();
  if (!code) return null;
  return (
    <p className="error" role="alert" data-testid={testId}>
      {t(errorKey(code))}
    </p>
  );
}
