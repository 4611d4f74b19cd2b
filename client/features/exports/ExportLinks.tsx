import { useT } from './strings';
import { ExportLinkList } from './ExportLinkList';
import './exports.css';

/** The facilitator console's downloads, available during and after the day. */
export function ExportLinks({ sessionId, accessKey }: { sessionId: string; accessKey: string }) {
  const t = useT();
  return (
    <section className="card export-links" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t('exports.title')}</h2>
      <p className="muted">{t('exports.note')}</p>
      <ExportLinkList sessionId={sessionId} accessKey={accessKey} />
      <p className="muted" data-testid="export-csv-note">
        {t('exports.csvNote')}
      </p>
    </section>
  );
}
