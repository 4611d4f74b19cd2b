import { errorKey, useT } from './strings';
import type { CreateFailure } from './useCreateSession';

/** The translated sentence for the code, and the server's own words as a detail (they name what is wrong in a file). */
export function CreateError({ failure }: { failure: CreateFailure | null }) {
  const t = useT();
  if (!failure) return null;
  const sentence = failure.code === 'not_json' ? t('newWorkshop.notJson') : t(errorKey(failure.code));
  return (
    <p className="error" role="alert" data-testid="create-error">
      {sentence}
      {failure.detail && <span className="error-detail">{failure.detail}</span>}
    </p>
  );
}
