import '../../components/goneStrings';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n';
import { facilitatorPath } from '../../../shared/links';
import { navigate } from '../../router';

/** Reads a key out of what was pasted: the whole facilitator link, its '#key=…' part, or the key alone. */
export function keyFromPasted(pasted: string): string {
  const text = pasted.trim();
  const match = /[#&?]key=([A-Za-z0-9_-]+)/.exec(text);
  return match ? match[1]! : text;
}

/**
 * /f/<id> without its key, or with a wrong one: what the key is, where it comes from, and the ways on (paste the
 * link or key, or go home) instead of a blank console.
 */
export function KeyMissing({ sessionId, wrong }: { sessionId: string; wrong: boolean }) {
  const t = useT();
  const [pasted, setPasted] = useState('');
  const open = (event: FormEvent) => {
    event.preventDefault();
    const key = keyFromPasted(pasted);
    if (key) navigate(facilitatorPath(sessionId, key));
  };
  return (
    <div className="page">
      <main className="home" data-testid="key-missing" data-wrong={wrong}>
        <h1>{t(wrong ? 'facilitatorKey.wrongTitle' : 'facilitatorKey.missingTitle')}</h1>
        <p className="lead">{t('facilitatorKey.what')}</p>
        <p>{t('facilitatorKey.where')}</p>
        <form className="card" onSubmit={open}>
          <label htmlFor="facilitator-key">{t('facilitatorKey.paste')}</label>
          <input id="facilitator-key" value={pasted} onChange={(e) => setPasted(e.target.value)} autoComplete="off" data-testid="key-input" />
          <button type="submit" className="primary" disabled={!pasted.trim()} data-testid="key-open">
            {t('facilitatorKey.open')}
          </button>
        </form>
        <p className="row">
          <a className="button" href="/">
            {t('gone.home')}
          </a>
          <a className="button" href="/admin">
            {t('facilitatorKey.organiser')}
          </a>
        </p>
      </main>
    </div>
  );
}
