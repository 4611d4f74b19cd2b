// One console asking for many PDFs at once gets a short queue and clear refusals; another workshop's export is
// not stuck behind them.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type Created, type TestServer } from '../kit/testServer';
import { fetchExport } from '../kit/workshops';

let server: TestServer;
let busy: Created;
let other: Created;
beforeAll(async () => {
  server = await startServer();
  busy = await server.createSession({ date: '2020-01-01' });
  other = await server.createSession({ date: '2020-01-01' });
});
afterAll(async () => {
  await server.close();
});

const download = (created: Created, file: string) =>
  fetchExport(server.url, created.sessionId, created.facilitatorKey, `${file}`).then(async (res) => ({
    status: res.status,
    body: (await res.json().catch(() => null)) as { code?: string } | null,
  }));

it('serves one session at most three exports at a time, refuses the rest with rate_limited, and serves others', async ({ skip }) => {
  const warm = await download(busy, 'report.pdf');
  if (warm.status === 501) skip('no Chromium on this machine: PDFs are not made at all');
  expect(warm.status).toBe(200);
  const burst = Promise.all(Array.from({ length: 10 }, () => download(busy, 'report.pdf')));
  const otherAnswer = await download(other, 'export.csv');
  const answers = await burst;
  expect(otherAnswer.status).toBe(200);
  const served = answers.filter((a) => a.status === 200).length;
  const refused = answers.filter((a) => a.status === 429);
  expect(served).toBeGreaterThanOrEqual(1);
  expect(served).toBeLessThanOrEqual(3);
  expect(refused).toHaveLength(10 - served);
  expect(refused.every((a) => a.body?.code === 'rate_limited')).toBe(true);
  // Once the line is empty, the console can download again.
  expect((await download(busy, 'report.pdf')).status).toBe(200);
});
