import { useT } from './strings';
import { CreateError } from './CreateError';
import { newWorkshopHttp } from './newWorkshopHttp';
import { useCreateSession } from './useCreateSession';

/** The home page's one-click start: the built-in programme, today, and straight into the new console. */
export function CreateWorkshopButton() {
  const t = useT();
  const { working, failure, run } = useCreateSession();
  return (
    <div className="card">
      <button type="button" className="primary wide" onClick={() => void run(() => newWorkshopHttp.create())} disabled={working} data-testid="create-workshop">
        {working ? t('home.creating') : t('home.create')}
      </button>
      <CreateError failure={failure} />
    </div>
  );
}
