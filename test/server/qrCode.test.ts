// The join QR code: only PUBLIC_URL when it is set, whatever Host a request names; not cached publicly without it.
import http from 'node:http';
import QRCode from 'qrcode';
import { expect } from 'vitest';
import { it } from '../kit/server';


function getWithHost(url: string, host: string): Promise<{ status: number; cache: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { host }, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, cache: res.headers['cache-control'], body }));
      })
      .on('error', reject);
  });
}

const qrOf = (text: string) => QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

it('encodes PUBLIC_URL, never the Host of the request, and may be cached then', async ({ startServer }) => {
  const server = await startServer({ publicUrl: 'https://workshop.bibliotek.dk' });
  const { joinCode } = await server.createSession();
  const answer = await getWithHost(`${server.url}/api/join/${joinCode}/qr.svg`, 'evil.example');
  expect(answer.status).toBe(200);
  expect(answer.body).toBe(await qrOf(`https://workshop.bibliotek.dk/j/${joinCode}`));
  expect(answer.cache).toContain('public');
});

it('without PUBLIC_URL, is built from the Host and is not stored by any cache', async ({ startServer }) => {
  const server = await startServer();
  const { joinCode } = await server.createSession();
  const answer = await getWithHost(`${server.url}/api/join/${joinCode}/qr.svg`, 'evil.example');
  expect(answer.body).toBe(await qrOf(`http://evil.example/j/${joinCode}`));
  expect(answer.cache).toBe('no-store');
});
