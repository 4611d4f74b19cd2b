import { type FormEvent, useState } from 'react';
import { useT } from './strings';

export function AdminLogin({ onToken, message }: { onToken: (token: string) => void; message: string | null }) {
  const t = useT();
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) onToken(token.trim());
  };
  return (
    <form className="card admin-login" onSubmit={submit}>
      <label htmlFor="admin-token">{t('admin.tokenLabel')}</label>
      <div className="row">
        <input id="admin-token" type="password" autoComplete="current-password" value={token} onChange={(e) => setToken(e.target.value)} />
        <button type="submit" className="primary" data-testid="admin-sign-in">
          {t('admin.signIn')}
        </button>
      </div>
      <p className="muted">{t('admin.tokenNote')}</p>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
