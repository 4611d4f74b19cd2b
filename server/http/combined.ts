// The organiser's combined view of several workshops, and its files: behind ADMIN_TOKEN like the sessions list.
import { type Response, Router } from 'express';
import { DomainError, fail } from '../../shared/errors';
import { combinedQuerySchema, type CombinedQuery, type CombinedView } from '../../shared/http/combined';
import { type CombinedFormat, combinedEndpoint, combinedFormats } from '../../shared/http/routes/admin';
import { combinedLimits } from '../../shared/limits';
import { combine } from '../../shared/series/combine';
import { countVisibleIdeas } from '../../shared/series/countIdeas';
import type { SessionState } from '../../shared/state';
import { zonedDate } from '../../shared/time';
import { combinedCsv } from '../export/combined/csv';
import { combinedHtml } from '../export/combined/html';
import { combinedXlsx } from '../export/combined/xlsx';
import { contentDisposition } from '../export/fileName';
import type { ExportQueue } from '../export/exportQueue';
import type { PdfPrinter } from '../export/pdf';
import type { SessionHub } from '../session/hub';
import type { KeyAttempts } from '../guards/keyAttempts';
import { requireAdmin } from './access';

export interface CombinedRouteDeps {
  hub: SessionHub;
  adminToken: string | undefined;
  keyAttempts: KeyAttempts;
  printer: PdfPrinter;
  exportQueue: ExportQueue;
  now: () => number;
}

/** The stored states of the chosen workshops, in the order asked; refused when they hold more than one view may. */
async function statesOf(hub: SessionHub, ids: readonly string[]): Promise<SessionState[]> {
  // Only what is stored: a file must never show an idea that a crash could still take back.
  await hub.flushed();
  const states: SessionState[] = [];
  let ideas = 0;
  for (const id of ids) {
    const state = (await hub.records.ofSession(id)) ? await hub.peek(id).catch(damaged(id)) : undefined;
    if (!state) fail('not_found', `No such workshop: ${id}`);
    ideas += countVisibleIdeas(state);
    if (ideas > combinedLimits.ideas) fail('too_large', `More than ${combinedLimits.ideas} ideas in one combined view; choose fewer workshops`);
    states.push(state);
  }
  return states;
}

const damaged = (id: string) => (error: unknown) => {
  if (error instanceof DomainError) throw error;
  fail('damaged', `A stored event of workshop ${id} cannot be read`);
};

type Render = (view: CombinedView, query: CombinedQuery, res: Response, deps: CombinedRouteDeps) => Promise<void>;

const renderers: Record<CombinedFormat, { type: string; render: Render }> = {
  json: { type: 'application/json; charset=utf-8', render: async (view, _q, res) => void res.send(JSON.stringify(view)) },
  csv: { type: 'text/csv; charset=utf-8', render: (view, q, res) => combinedCsv(view, q.lang, q.sep === 'comma' ? ',' : ';', res) },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: (view, q, res) => combinedXlsx(view, q.lang, res) },
  pdf: { type: 'application/pdf', render: async (view, q, res, deps) => void res.send(await deps.printer.print(combinedHtml(view, q.lang))) },
};

/** One queue line for every combined file: they are the heaviest thing the server makes. */
const QUEUE_KEY = 'combined';

export function combinedRoutes(deps: CombinedRouteDeps): Router {
  const router = Router();
  for (const format of combinedFormats) {
    const { type, render } = renderers[format];
    router.get(combinedEndpoint(format), async (req, res) => {
      await requireAdmin(req, deps.adminToken, deps.keyAttempts);
      const query = combinedQuerySchema.parse(req.query);
      await deps.exportQueue.run(QUEUE_KEY, async () => {
        const view = combine(await statesOf(deps.hub, query.ids));
        const day = zonedDate(deps.now());
        const name = `${query.lang === 'da' ? 'workshops-samlet' : 'workshops-combined'}-${day}.${format}`;
        res.status(200).type(type).set('Cache-Control', 'no-store');
        if (format !== 'json') res.set('Content-Disposition', contentDisposition('attachment', name));
        await render(view, query, res, deps);
      });
    });
  }
  return router;
}
