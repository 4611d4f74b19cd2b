import { type FormEvent, useState } from 'react';
import { joinPath } from '../../../shared/links';
import { useT } from '../../i18n';
import { navigate } from '../../router';

/** The home page's way in for a participant who typed the address instead of scanning the QR code. */
export function JoinByCode() {
  const t = useT();
  const [code, setCode] = useState('');
  const join = (event: FormEvent) => {
    event.preventDefault();
    const clean = code.trim().toUpperCase();
    if (clean) navigate(joinPath(clean));
  };
  return (
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
  );
}
