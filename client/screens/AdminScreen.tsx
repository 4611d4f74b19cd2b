// First, so this screen's strings are registered before anything renders (a phone never loads them).
import '../i18n/consoleStrings';
import { useEffect, useState } from 'react';
import { TopBar } from '../components/TopBar';
import { saveToken, savedToken } from '../features/admin/adminHttp';
import { AdminLogin } from '../features/admin/AdminLogin';
import { BackupDownload } from '../features/admin/BackupDownload';
import { SessionTable } from '../features/admin/SessionTable';
import { useAdminSessions } from '../features/admin/useAdminSessions';
import { NewWorkshop } from '../features/newWorkshop/NewWorkshop';
import { CompareBar } from '../features/series/CompareBar';
import { CombinedView } from '../features/series/CombinedView';
import { useSeriesPicking } from '../features/series/useSeriesPicking';
import { errorKey, useT } from '../features/admin/strings';
import '../features/admin/admin.css';

/** The organiser page: every session on this server, behind the ADMIN_TOKEN. */
export function AdminScreen() {
  const t = useT();
  const [token, setToken] = useState(savedToken);
  const [rejected, setRejected] = useState<string | null>(null);
  const signIn = (value: string) => {
    saveToken(value);
    setRejected(null);
    setToken(value);
  };
  const signOut = (reason: string | null) => {
    saveToken('');
    setRejected(reason);
    setToken('');
  };
  return (
    <div className="page">
      <TopBar showPresence={false}>
        {token && (
          <button type="button" className="link-button" onClick={() => signOut(null)}>
            {t('admin.signOut')}
          </button>
        )}
      </TopBar>
      <main className="admin">
        <div className="admin-head">
          <h1>{t('admin.title')}</h1>
        </div>
        {token ? <Sessions key={token} token={token} onRejected={signOut} /> : <AdminLogin onToken={signIn} message={rejected} />}
      </main>
    </div>
  );
}

function Sessions({ token, onRejected }: { token: string; onRejected: (reason: string) => void }) {
  const t = useT();
  const { sessions, error, setStatus, remove } = useAdminSessions(token);
  const series = useSeriesPicking(sessions);
  const [comparing, setComparing] = useState<readonly string[] | null>(null);
  const isRejected = error === 'forbidden' || error === 'not_joined';
  useEffect(() => {
    if (isRejected) onRejected(t('admin.wrongToken'));
  }, [isRejected, onRejected, t]);
  if (isRejected) return null;
  if (error === 'not_found') return <p className="card error">{t('admin.off')}</p>;
  if (comparing) return <CombinedView token={token} ids={comparing} onBack={() => setComparing(null)} />;
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {t(errorKey(error))}
        </p>
      )}
      {sessions && sessions.length > 1 && (
        <CompareBar
          count={series.chosen.length}
          onCompare={() => setComparing(series.chosen)}
          filter={series.filter}
          onFilter={series.setFilter}
          shown={series.shown.length}
          onChooseShown={series.chooseShown}
        />
      )}
      {sessions ? (
        <SessionTable sessions={series.shown} token={token} onStatus={setStatus} onDelete={remove} picked={series.picked} onPick={series.pick} />
      ) : (
        <p className="muted">{t('admin.loading')}</p>
      )}
      <BackupDownload token={token} />
      <NewWorkshop />
    </>
  );
}
