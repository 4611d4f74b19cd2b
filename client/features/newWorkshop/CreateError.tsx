import { errorKey, useT } from './strings';
import type { CreateFailure } from './useCreateSession';

/**
 * One translated sentence for the code, in the chosen language only. The server's own words are English and
 * technical ("Unsupported schemaVersion …"): they go to the element's title for whoever debugs, not into the sentence.
 */
export function CreateError({ failure }: { failure: CreateFailure | null }) {
  const t = useT();
  if (!failure) return null;
  const sentence =
    failure.code === 'not_json' ? t('newWorkshop.notJson') : failure.code === 'not_an_export' ? t('newWorkshop.notAnExport') : t(errorKey(failure.code));
  return (
    <p className="error" role="alert" data-testid="create-error" title={failure.detail || undefined}>
      {sentence}
    </p>
  );
}
