// A venue network's HTTP proxy in front of the server: plain requests pass, WebSocket upgrades are refused
// (answered 403 at once) or left hanging (never answered), as networks that block WebSocket do. It counts what
// passed, so a test can tell which transport a phone used.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type UpgradePolicy = 'refuse' | 'hang';

export interface VenueProxy {
  url: string;
  /** Long-polling requests that passed (`transport=polling`). */
  pollingRequests: () => number;
  /** WebSocket upgrades the phone asked for. */
  upgradeAttempts: () => number;
  close: () => Promise<void>;
}

export async function startVenueProxy(target: string, policy: UpgradePolicy): Promise<VenueProxy> {
  const upstream = new URL(target);
  let polling = 0;
  let upgrades = 0;
  const held = new Set<Socket>();
  const server = http.createServer((req, res) => {
    if (req.url?.includes('transport=polling')) polling++;
    const forwarded = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
  server.on('upgrade', (_req, socket: Socket) => {
    upgrades++;
    if (policy === 'refuse') socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    else held.add(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pollingRequests: () => polling,
    upgradeAttempts: () => upgrades,
    close: async () => {
      for (const socket of held) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
