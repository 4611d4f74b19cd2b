// Who may fetch an export: a key in the Authorization header (a fetch), or a download token minted with one (a link).
import { type Request, Router } from 'express';
import { fail } from '../../shared/errors';
import { type DownloadToken, downloadQuerySchema, downloadRequestSchema } from '../../shared/http/exports';
import { downloadTokenEndpoint } from '../../shared/http/routes/exports';
import { idSchema } from '../../shared/schemas';
import type { DownloadTokens } from '../access/downloadTokens';
import { bearerToken } from '../guards/auth';
import { Budget, type SharedBuckets } from '../guards/budget';
import { refuseKeyInQuery } from './access';
import { requireSessionAccess, type SessionRouteDeps } from './sessions';
import { DOWNLOAD_TOKEN_TTL_MS, MINT_BURST, MINT_RATE } from '../tuning';


export interface DownloadDeps extends SessionRouteDeps {
  downloadTokens: DownloadTokens;
}

export class MintBudget {
  private readonly budget: Budget;
  constructor(shared?: SharedBuckets) {
    this.budget = new Budget('download', MINT_BURST, MINT_RATE, shared);
  }

  async admit(sessionId: string): Promise<void> {
    if (!(await this.budget.take(sessionId))) fail('rate_limited', 'Too many downloads at once; wait a moment');
  }
}

/** The export's own check: a token spends itself (a wrong or used one counts as a wrong key); else the header. */
export async function requireDownload(deps: DownloadDeps, req: Request, sessionId: string, file: string): Promise<void> {
  refuseKeyInQuery(req);
  const token = downloadQuerySchema.parse(req.query).download;
  const address = req.ip ?? '';
  if (token === undefined) return requireSessionAccess(deps, sessionId, bearerToken(req.get('authorization')), address);
  if (!(await deps.downloadTokens.spend(token, { sessionId, file }))) await deps.keyAttempts.refuse(address, 'This download link was used or has expired');
}

export function downloadRoutes(deps: DownloadDeps & { mintBudget: MintBudget }): Router {
  const router = Router();
  router.post(downloadTokenEndpoint, async (req, res) => {
    const sessionId = idSchema.parse(req.params.id);
    await requireSessionAccess(deps, sessionId, bearerToken(req.get('authorization')), req.ip ?? '');
    const { file } = downloadRequestSchema.parse(req.body ?? {});
    await deps.mintBudget.admit(sessionId);
    const token = await deps.downloadTokens.mint({ sessionId, file });
    res.set('Cache-Control', 'no-store').json({ token, expiresInMs: DOWNLOAD_TOKEN_TTL_MS } satisfies DownloadToken);
  });
  return router;
}
