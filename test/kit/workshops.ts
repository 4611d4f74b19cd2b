// Creating a workshop over HTTP, on an in-process test server or a spawned one alike.
import type { Created } from './mirror';

export async function createWorkshop(url: string, body: Record<string, unknown> = {}): Promise<Created> {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as Created;
}
