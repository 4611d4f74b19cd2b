// Downloads for organisers: CSV, XLSX, JSON, the printable report and its PDF. Read-only, keyed like the console.
import { type Request, type Response, Router } from 'express';
import { toDocument } from '../../shared/export/sessionDocument';
import { type ExportFile, exportEndpoint } from '../../shared/http/routes/exports';
import { type ExportQuery, exportQuerySchema } from '../../shared/http/exports';
import { idSchema } from '../../shared/schemas';
import type { SessionState } from '../../shared/state';
import { ideasCsv } from '../export/csv';
import { contentDisposition, exportFileName } from '../export/fileName';
import type { ExportQueue } from '../export/exportQueue';
import type { PdfPrinter } from '../export/pdf';
import type { Metrics } from '../ops/metrics';
import { reportHtml } from '../export/report/html';
import { sessionXlsx } from '../export/xlsx';
import { type DownloadDeps, requireDownload } from './downloads';

interface RenderContext {
  now: number;
  printer: PdfPrinter;
}

export interface ExportRouteDeps extends DownloadDeps {
  printer: PdfPrinter;
  metrics: Metrics;
  exportQueue: ExportQueue;
}

interface Format {
  suffix: string;
  type: string;
  disposition: 'attachment' | 'inline';
  render: (state: SessionState, query: ExportQuery, ctx: RenderContext) => string | Buffer | Promise<string | Buffer>;
}

/** Path under /api/sessions/:id/ -> how to make it. */
export const exportFormats: Record<ExportFile, Format> = {
  'export.csv': {
    suffix: '.csv',
    type: 'text/csv; charset=utf-8',
    disposition: 'attachment',
    render: (state, q) => ideasCsv(state, q.lang, q.sep === 'comma' ? ',' : ';'),
  },
  'export.xlsx': {
    suffix: '.xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    disposition: 'attachment',
    render: (state, q) => sessionXlsx(state, q.lang),
  },
  'export.json': {
    suffix: '.json',
    type: 'application/json; charset=utf-8',
    disposition: 'attachment',
    render: (state, q, { now }) => JSON.stringify(toDocument(state, now, q.identified !== undefined), null, 2),
  },
  'report.html': { suffix: '.html', type: 'text/html; charset=utf-8', disposition: 'inline', render: (state, q) => reportHtml(state, q.lang) },
  'report.pdf': {
    suffix: '.pdf',
    type: 'application/pdf',
    disposition: 'attachment',
    render: (state, q, { printer }) => printer.print(reportHtml(state, q.lang)),
  },
};

export function exportRoutes(deps: ExportRouteDeps): Router {
  const router = Router();
  for (const [path, format] of Object.entries(exportFormats) as [ExportFile, Format][]) {
    router.get(exportEndpoint(path), async (req: Request, res: Response) => {
      const sessionId = idSchema.parse(req.params.id);
      await requireDownload(deps, req, sessionId, path);
      const query = exportQuerySchema.parse(req.query);
      const { state, body } = await deps.exportQueue.run(sessionId, async () => {
        // Only what is stored: an export must never show an idea that a crash could still take back.
        await deps.hub.flushed();
        const state = await deps.hub.requireState(sessionId);
        const started = performance.now();
        const body = await format.render(state, query, { now: deps.now(), printer: deps.printer });
        deps.metrics.exportSeconds.observe({ format: path }, (performance.now() - started) / 1000);
        return { state, body };
      });
      const fileName = exportFileName(state.title, state.date, suffixFor(path, query, format.suffix));
      res
        .status(200)
        .type(format.type)
        .set('Content-Disposition', contentDisposition(format.disposition, fileName))
        .set('Cache-Control', 'no-store')
        .send(body);
    });
  }
  return router;
}

/** English downloads say so in their name, so both languages can sit in one folder. */
/** The comma variant gets its own name, so it does not overwrite the semicolon file in the downloads folder. */
function suffixFor(path: ExportFile, { lang, sep }: ExportQuery, suffix: string): string {
  if (path.startsWith('report')) return `-${lang === 'da' ? 'rapport' : 'report'}${suffix}`;
  return `${lang === 'en' ? '-en' : ''}${path === 'export.csv' && sep === 'comma' ? (lang === 'da' ? '-komma' : '-comma') : ''}${suffix}`;
}
