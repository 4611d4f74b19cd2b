import { useState } from 'react';
import { projectorPath } from '../../../shared/links';
import { JoinQr } from '../../components/JoinQr';
import { useT } from '../../i18n';
import { useApp } from '../../store/appStore';

/** Everything a facilitator needs to get the room in: code, address, QR, projector link. */
export function JoinPanel() {
  const t = useT();
  const joinCode = useApp((s) => s.session?.joinCode ?? '');
  const joinUrl = useApp((s) => s.joinUrl);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(joinUrl).catch(() => {});
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <section className="card join-panel" aria-labelledby="join-heading">
      <h2 id="join-heading">{t('facilitator.joinHeading')}</h2>
      <JoinQr joinCode={joinCode} size={240} />
      <p className="muted">{t('facilitator.code')}</p>
      <p className="join-code" data-testid="join-code">
        {joinCode}
      </p>
      <p className="muted">{t('facilitator.joinAt')}</p>
      <p className="join-url">
        <a href={joinUrl} data-testid="join-url" target="_blank" rel="noreferrer">
          {joinUrl}
        </a>
      </p>
      <div className="row">
        <button type="button" onClick={copy}>
          {copied ? t('facilitator.copied') : t('facilitator.copy')}
        </button>
        <a className="button" href={projectorPath(joinCode)} target="_blank" rel="noreferrer" data-testid="projector-link">
          {t('facilitator.projector')}
        </a>
      </div>
    </section>
  );
}
