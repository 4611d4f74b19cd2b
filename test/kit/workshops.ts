// Creating a workshop over HTTP, on an in-process test server or a spawned one alike, through the contract.
import { downloadTokenSchema } from '../../shared/http/exports';
import { downloadTokenEndpoint, type ExportFile } from '../../shared/http/routes/exports';
import { routePath } from '../../shared/http/routePath';
import { sessionEndpoints } from '../../shared/http/routes/sessions';
import { type CreatedSession, createdSessionSchema, type CreateSessionRequest } from '../../shared/http/sessions';

export async function createWorkshop(url: string, body: CreateSessionRequest = {}): Promise<CreatedSession> {
  const res = await fetch(`${url}${sessionEndpoints.create}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return createdSessionSchema.parse(await res.json());
}

/** An export fetched as a screen does: the key in the Authorization header, never in the address. */
export function fetchExport(url: string, sessionId: string, key: string, fileAndQuery: string): Promise<Response> {
  return fetch(`${url}/api/sessions/${sessionId}/${fileAndQuery}`, { headers: { authorization: `Bearer ${key}` } });
}

/** A single-use download token for one file, minted as the console does (the key in the header). */
export async function mintDownload(url: string, sessionId: string, key: string, file: ExportFile): Promise<string> {
  const res = await fetch(`${url}${routePath(downloadTokenEndpoint, { id: sessionId })}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ file }),
  });
  if (res.status !== 200) throw new Error(`minting a download failed: ${res.status} ${await res.text()}`);
  return downloadTokenSchema.parse(await res.json()).token;
}
