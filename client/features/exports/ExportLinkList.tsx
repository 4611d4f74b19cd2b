import { type MouseEvent, useState } from 'react';
import { type ClientErrorCode, errorKey, useT } from './strings';
import { useApp } from '../../store/appStore';
import { type ExportLink, exportLinks, exportUrl, mintDownload } from './exportUrls';

/**
 * Every download of one session, in the language the page is shown in. A click asks for a single-use token (the key
 * in a header) and then opens the address with it; a link copied from here opens nothing.
 */
export function ExportLinkList({ sessionId, accessKey }: { sessionId: string; accessKey: string }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const [failed, setFailed] = useState<ClientErrorCode | null>(null);

  const open = async (event: MouseEvent<HTMLAnchorElement>, link: ExportLink) => {
    event.preventDefault();
    // Opened now, while the click still counts as one, so no pop-up blocker stops the report's tab.
    const tab = link.opensInTab ? window.open('', '_blank') : null;
    if (tab) tab.opener = null;
    const minted = await mintDownload(sessionId, accessKey, link.file);
    if (!minted.ok) {
      tab?.close();
      return setFailed(minted.code);
    }
    setFailed(null);
    const url = exportUrl(sessionId, link, language, minted.data.token);
    if (tab) tab.location.href = url;
    else Object.assign(document.createElement('a'), { href: url, download: '' }).click();
  };

  return (
    <>
      <ul className="export-list">
        {exportLinks.map((link) => (
          <li key={link.id}>
            <a
              href={exportUrl(sessionId, link, language)}
              onClick={(event) => void open(event, link)}
              data-testid={`export-${link.id}`}
              {...(link.opensInTab ? { target: '_blank', rel: 'noreferrer' } : { download: '' })}
            >
              {t(link.label)}
            </a>
          </li>
        ))}
      </ul>
      {failed && (
        <p className="error" role="alert" data-testid="export-failed">
          {t(errorKey(failed))}
        </p>
      )}
    </>
  );
}
