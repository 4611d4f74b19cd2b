import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Segmented } from '../../components/Segmented';
import { useT } from '../../i18n';
import { useApp } from '../../store/appStore';
import type { TableEntry } from './tableDraft';
import { tableJoinUrl } from './tableLink';
import './tableSheet.css';

const papers = ['a4', 'a5'] as const;
type Paper = (typeof papers)[number];

/**
 * The printable sheet: one page a table with its QR code, name and address, on A4 or A5. Shown over the console;
 * printing prints the sheet alone (tableSheet.css). The codes are made here with the same library as the join QR.
 */
export function TableSheet({ tables, onClose }: { tables: readonly TableEntry[]; onClose: () => void }) {
  const t = useT();
  const [paper, setPaper] = useState<Paper>('a4');
  const joinUrl = useApp((s) => s.joinUrl);
  const title = useApp((s) => s.session?.title ?? '');
  useEffect(() => {
    document.body.classList.add('printing-sheet');
    return () => document.body.classList.remove('printing-sheet');
  }, []);
  return createPortal(
    <div className="table-sheet" role="dialog" aria-modal="true" aria-labelledby="sheet-heading" data-testid="table-sheet">
      <div className="sheet-tools">
        <h2 id="sheet-heading">{t('tables.print')}</h2>
        <p className="muted">{t('tables.sheetHint')}</p>
        <Segmented options={papers} value={paper} onChange={setPaper} label={t('tables.paper')} optionLabel={(p) => p.toUpperCase()} testIdPrefix="sheet-paper-" />
        <button type="button" className="primary" onClick={() => window.print()} data-testid="sheet-print">
          {t('tables.printNow')}
        </button>
        <button type="button" onClick={onClose} data-testid="sheet-close">
          {t('tables.closeSheet')}
        </button>
      </div>
      <div className={`sheet-pages sheet-${paper}`}>
        {tables.map((table) => (
          <TablePage key={table.id} table={table} url={tableJoinUrl(joinUrl, table.id)} workshop={title} />
        ))}
      </div>
    </div>,
    document.body,
  );
}

function TablePage({ table, url, workshop }: { table: TableEntry; url: string; workshop: string }) {
  const t = useT();
  const qr = useQrSvg(url);
  return (
    <section className="sheet-page" data-testid="sheet-page" data-table-id={table.id}>
      <p className="sheet-workshop">{workshop}</p>
      <h3 className="sheet-table">{table.name}</h3>
      {qr && <img className="sheet-qr" src={qr} alt={t('tables.qrAlt', { table: table.name })} data-testid="sheet-qr" />}
      <p className="sheet-scan">{t('tables.scanToJoin')}</p>
      <p className="sheet-url" data-testid="sheet-url">
        {url}
      </p>
    </section>
  );
}

/** The QR code of `url` as an SVG data address, once made. */
function useQrSvg(url: string): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((text) => live && setSvg(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`));
    return () => {
      live = false;
    };
  }, [url]);
  return svg;
}
