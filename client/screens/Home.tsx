// First, so this screen's strings are registered before anything renders (a phone never loads them).
import '../i18n/consoleStrings';
import { type FormEvent, useState } from 'react';
import { TopBar } from '../components/TopBar';
import { NewWorkshop } from '../features/exports/NewWorkshop';
import { errorKey, type ClientErrorCode, useT } from '../i18n';
import { navigate } from '../router';

export function Home() {
  const t = useT();
  const [code, setCode] = useState('');
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<ClientErrorCode | null>(null);

  const create = async () => {
    setCreating(true);
    setError(null);
    const res = await fetch('/api/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).catch(
      () => null,
    );
    const body = res && ((await res.json().catch(() => ({}))) as { facilitatorUrl?: string; code?: ClientErrorCode });
    if (!res || !body?.facilitatorUrl) {
      setError(res ? (body?.code ?? 'internal') : 'timeout');
      setCreating(false);
      return;
    }
    const url = new URL(body.facilitatorUrl);
    navigate(url.pathname + url.hash);
  };

  const join = (event: FormEvent) => {
    event.preventDefault();
    const clean = code.trim().toUpperCase();
    if (clean) navigate(`/j/${clean}`);
  };

  return (
    <div className="page">
      <TopBar showPresence={false} />
      <main className="home">
        <h1>Out of the Box</h1>
        <p className="lead">{t('home.tagline')}</p>
        <form className="card join-form" onSubmit={join}>
          <h2>{t('home.joinTitle')}</h2>
          <label htmlFor="join-code">{t('home.codeLabel')}</label>
          <div className="row">
            <input
              id="join-code"
              className="code-input"
              value={code}
              onChange={(e) => setCode(e.target.value.toUpperCase().slice(0, 6))}
              autoCapitalize="characters"
              autoComplete="off"
              inputMode="text"
              maxLength={6}
              placeholder="ABC234"
            />
            <button type="submit" className="primary" disabled={code.trim().length !== 6}>
              {t('home.join')}
            </button>
          </div>
        </form>
        <div className="card">
          <button type="button" className="primary wide" onClick={create} disabled={creating} data-testid="create-workshop">
            {creating ? t('home.creating') : t('home.create')}
          </button>
          {error && (
            <p className="error" role="alert">
              {t(errorKey(error))}
            </p>
          )}
        </div>
        <NewWorkshop />
      </main>
    </div>
  );
}
