import { useT } from './strings';
import { useApp } from '../../store/appStore';
import { exportLinks, exportUrl } from './exportUrls';

/** Every download of one session, in the language the page is shown in. */
export function ExportLinkList({ sessionId, accessKey }: { sessionId: string; accessKey: string }) {
  const t = useT();
  const language = useApp((s) => s.language);
  return (
    <ul className="export-list">
      {exportLinks.map((link) => (
        <li key={link.id}>
          <a
            href={exportUrl(sessionId, accessKey, link, language)}
            data-testid={`export-${link.id}`}
            {...(link.opensInTab ? { target: '_blank', rel: 'noreferrer' } : { download: '' })}
          >
            {t(link.label)}
          </a>
        </li>
      ))}
    </ul>
  );
}
