// Creating a workshop over HTTP, on an in-process test server or a spawned one alike, through the contract.
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
