import { useState } from 'react';
import { type ClientErrorCode, errorKey, useT } from '../../i18n';
import { saveBlob } from '../../net/saveBlob';
import { adminHttp } from './adminHttp';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string } | { kind: 'failed'; code: ClientErrorCode };

/** The database as a file, fetched with the token in a header (never in a link, which would land in logs and history). */
export function BackupDownload({ token }: { token: string }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const download = async () => {
    setState({ kind: 'busy' });
    const result = await adminHttp.backup(token);
    if (!result.ok) return setState({ kind: 'failed', code: result.code });
    saveBlob(result.data.blob, result.data.fileName);
    setState({ kind: 'done', name: result.data.fileName });
  };
  return (
    <section className="card admin-backup" aria-labelledby="admin-backup-title">
      <h2 id="admin-backup-title">{t('admin.backup.title')}</h2>
      <p className="muted">{t('admin.backup.note')}</p>
      <button type="button" onClick={() => void download()} disabled={state.kind === 'busy'} data-testid="admin-backup">
        {state.kind === 'busy' ? t('admin.backup.busy') : t('admin.backup.download')}
      </button>
      {state.kind === 'done' && <p role="status">{t('admin.backup.done', { name: state.name })}</p>}
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {t(errorKey(state.code))}
        </p>
      )}
    </section>
  );
}
