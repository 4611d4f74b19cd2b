// The one module that calls fetch: the server's HTTP routes answer like the socket api (typed, never throws).
// Each feature's calls are typed by the contract in shared/http/ (see features/*/…Http.ts); they live with the
// feature so the phone never loads the organiser's. Answers are typed, not re-parsed: the client carries no
// zod (test/e2e/bundle.test.ts), and the server builds every answer to the same schemas.
import { errorCodes, type ErrorCode } from '../../shared/errors';
import type { ClientAck } from './api';
import { HTTP_TIMEOUT_MS } from '../tuning';

const timedOut = { ok: false, code: 'timeout', message: 'No answer in time' } as const;
const isErrorCode = (code: unknown): code is ErrorCode => errorCodes.includes(code as ErrorCode);

/** A refusal's body (HttpError, shared/http/errors.ts), read defensively: a proxy's error page is not one. */
async function refusal(res: Response): Promise<ClientAck<never>> {
  const body = (await res.json().catch(() => null)) as { code?: unknown; message?: unknown } | null;
  return { ok: false, code: isErrorCode(body?.code) ? body.code : 'internal', message: typeof body?.message === 'string' ? body.message : '' };
}

/** `T` is the answer's type from shared/http/ (a 204 answers null). */
export async function requestJson<T>(url: string, init: RequestInit = {}): Promise<ClientAck<T>> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
  } catch {
    return timedOut;
  }
  if (!res.ok) return refusal(res);
  return { ok: true, data: (await res.json().catch(() => null)) as T };
}

/** A download that needs a header (the organiser's token): the file as a blob, with the name the server gave it. */
export async function requestFile(url: string, init: RequestInit, timeoutMs: number): Promise<ClientAck<{ blob: Blob; fileName: string }>> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    if (res.ok) {
      const fileName = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
      return { ok: true, data: { blob: await res.blob(), fileName } };
    }
  } catch {
    return timedOut;
  }
  return refusal(res);
}

/** A JSON body; a string is sent as it is (an export read from a file). */
export const jsonBody = (method: 'POST' | 'PATCH', body: unknown, headers: HeadersInit = {}): RequestInit => ({
  method,
  headers: { ...headers, 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

export const bearer = (token: string): HeadersInit => ({ authorization: `Bearer ${token}` });
