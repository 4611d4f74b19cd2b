// Debian's HAProxy as a child process, running deploy/haproxy.cfg with only the global section, the bind lines and
// the server addresses replaced (plain HTTP on loopback instead of TLS on :443).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './ports';

export const HAPROXY = '/usr/sbin/haproxy';

export interface Haproxy {
  url: string;
  stop(): Promise<void>;
}

function replaceOnce(config: string, from: string | RegExp, to: string): string {
  const next = config.replace(from, to);
  if (next === config) throw new Error(`deploy/haproxy.cfg no longer contains ${String(from)}`);
  return next;
}

/** The shipped configuration pointed at `nodes` (host:port) and listening on `port`. */
export function haproxyConfig(nodes: string[], port: number): string {
  let config = fs.readFileSync(path.resolve('deploy/haproxy.cfg'), 'utf8');
  // No syslog, chroot or user switch for a test run by whoever runs it.
  config = replaceOnce(config, /^global\n[\s\S]*?\n\ndefaults/m, 'global\n    maxconn 4096\n\ndefaults');
  config = replaceOnce(config, /^ {4}log global\n/m, '');
  config = replaceOnce(config, /^ {4}bind :80\n/m, `    bind 127.0.0.1:${port}\n`);
  config = replaceOnce(config, /^ {4}bind :443 .*\n/m, '');
  config = replaceOnce(config, /^ {4}http-request redirect scheme https .*\n/m, '');
  config = replaceOnce(config, /(^ {4}server node\d+ .*\n)+/m, nodes.map((node, i) => `    server node${i + 1} ${node}\n`).join(''));
  return config;
}

export async function startHaproxy(nodes: string[]): Promise<Haproxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-haproxy-'));
  const port = await freePort();
  const file = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(file, haproxyConfig(nodes, port));
  const child = spawn(HAPROXY, ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await Promise.race([waitForPort(port, 10_000), exited.then(() => Promise.reject(new Error(`haproxy exited: ${stderr}`)))]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
