// Debian's HAProxy as a child process, running deploy/haproxy.cfg with only the global section, the bind lines and
// the server addresses replaced (plain HTTP on loopback instead of TLS on :443).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { replaceOnce } from './deployConfig';
import { freePort, spawnListening } from './ports';

const FILE = 'deploy/haproxy.cfg';

export const HAPROXY = '/usr/sbin/haproxy';

export interface Haproxy {
  url: string;
  stop(): Promise<void>;
}

/** The shipped configuration pointed at `nodes` (host:port) and listening on `port`. */
export function haproxyConfig(nodes: string[], port: number): string {
  let config = fs.readFileSync(path.resolve(FILE), 'utf8');
  // No syslog, chroot or user switch for a test run by whoever runs it.
  config = replaceOnce(FILE, config, /^global\n[\s\S]*?\n\ndefaults/m, 'global\n    maxconn 4096\n\ndefaults');
  config = replaceOnce(FILE, config, /^ {4}log global\n/m, '');
  config = replaceOnce(FILE, config, /^ {4}bind :80\n/m, `    bind 127.0.0.1:${port}\n`);
  config = replaceOnce(FILE, config, /^ {4}bind :443 .*\n/m, '');
  config = replaceOnce(FILE, config, /^ {4}http-request redirect scheme https .*\n/m, '');
  // The shipped file lists three nodes; fewer leave their lines out (the benchmark's one node).
  if (nodes.length > 3) throw new Error('deploy/haproxy.cfg lists three nodes');
  for (const i of [1, 2, 3]) {
    const node = nodes[i - 1];
    const shipped = `10.0.0.1${i}:3000`;
    config = node ? config.replaceAll(shipped, node) : config.replace(new RegExp(`^.*${shipped.replaceAll('.', '\\.')}.*\n`, 'gm'), '');
  }
  return config;
}

export async function startHaproxy(nodes: string[]): Promise<Haproxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-haproxy-'));
  const port = await freePort();
  const file = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(file, haproxyConfig(nodes, port));
  const { child, exited } = await spawnListening(HAPROXY, ['-db', '-f', file], port);
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
