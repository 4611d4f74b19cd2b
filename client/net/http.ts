// The few HTTP calls (create, import, organiser pages): typed answers that never throw, like the socket api.
import { errorCodes, type ErrorCode } from '../../shared/errors';
import type { ClientAck } from './api';

const HTTP_TIMEOUT_MS = 20_000;
const isErrorCode = (code: unknown): code is ErrorCode => errorCodes.includes(code as ErrorCode);

export async function requestJson<T>(url: string, init: RequestInit = {}): Promise<ClientAck<T>> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
  } catch {
    return { ok: false, code: 'timeout', message: 'No answer in time' };
  }
  const body = (await res.json().catch(() => null)) as { code?: unknown; message?: unknown } | null;
  if (res.ok) return { ok: true, data: body as T };
  return {
    ok: false,
    code: isErrorCode(body?.code) ? body.code : 'internal',
    message: typeof body?.message === 'string' ? body.message : '',
  };
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
    return { ok: false, code: 'timeout', message: 'No answer in time' };
  }
  const body = (await res.json().catch(() => null)) as { code?: unknown; message?: unknown } | null;
  return { ok: false, code: isErrorCode(body?.code) ? body.code : 'internal', message: typeof body?.message === 'string' ? body.message : '' };
}

export const jsonBody = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const bearer = (token: string): HeadersInit => ({ authorization: `Bearer ${token}` });

/** What POST /api/sessions and the import answer. */
export interface CreatedSession {
  sessionId: string;
  joinCode: string;
  facilitatorUrl: string;
}
