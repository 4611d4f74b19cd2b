import '../../components/notices.css';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../store/appStore';
import { keyFileHtml, keyFileName } from './keyFile';

/**
 * The facilitator's link is the only way back to this console: at the top, with a copy button and a small file to
 * keep. Once the facilitator says it is saved, it folds to one line for this workshop on this device.
 */
export function BookmarkNotice({ sessionId }: { sessionId: string }) {
  const t = useT();
  const title = useApp((s) => s.session?.title ?? '');
  const savedKey = `ootb.linkSaved.${sessionId}`;
  const [saved, setSaved] = useState(() => localStorage.getItem(savedKey) === '1');
  const [copied, setCopied] = useState<boolean | null>(null);
  const link = location.href;
  const fileHref = `data:text/html;charset=utf-8,${encodeURIComponent(keyFileHtml(title, link))}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard (plain http, or refused): the link is shown to select by hand
    }
  };
  const markSaved = () => {
    localStorage.setItem(savedKey, '1');
    setSaved(true);
  };

  return (
    <section className={`bookmark-notice${saved ? ' bookmark-saved' : ''}`} data-testid="bookmark-note" aria-label={t('facilitator.linkTitle')}>
      <p>
        <strong>{t('facilitator.linkTitle')}</strong> {t('facilitator.bookmark')}
      </p>
      {!saved && (
        <>
          <input className="bookmark-link" readOnly value={link} aria-label={t('facilitator.linkTitle')} onFocus={(e) => e.target.select()} data-testid="facilitator-link" />
          <div className="row">
            <button type="button" className="primary" onClick={copy} data-testid="copy-link">
              {t('facilitator.copyLink')}
            </button>
            <a className="button" href={fileHref} download={keyFileName(title)} data-testid="download-link">
              {t('facilitator.downloadLink')}
            </a>
            <button type="button" onClick={markSaved} data-testid="link-saved">
              {t('facilitator.linkSaved')}
            </button>
          </div>
          {copied !== null && (
            <p className={copied ? 'ok' : 'error'} role="status">
              {t(copied ? 'facilitator.linkCopied' : 'facilitator.copyFailed')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
