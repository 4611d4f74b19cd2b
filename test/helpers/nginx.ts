// Debian's nginx as a child process, running deploy/nginx.conf as shipped with only ports, certificate and upstream changed.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './ports';

export const NGINX = '/usr/sbin/nginx';

export interface Nginx {
  httpsUrl: string;
  httpUrl: string;
  /** The self-signed certificate nginx serves, for the client to trust. */
  ca: string;
  stop(): Promise<void>;
}

/** Replaces `from` with `to` in the shipped config, failing loudly when the shipped file no longer has it. */
function replaceOnce(config: string, from: string | RegExp, to: string): string {
  const next = config.replace(from, to);
  if (next === config) throw new Error(`deploy/nginx.conf no longer contains ${String(from)}`);
  return next;
}

export function siteConfig(appPort: number, httpPort: number, httpsPort: number, cert: string, key: string): string {
  let site = fs.readFileSync(path.resolve('deploy/nginx.conf'), 'utf8');
  site = replaceOnce(site, 'server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`);
  site = replaceOnce(site, /listen \[::\]:80;\n/, '');
  site = replaceOnce(site, /listen \[::\]:443 ssl http2;\n/, '');
  site = replaceOnce(site, 'listen 80;', `listen 127.0.0.1:${httpPort};`);
  site = replaceOnce(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`);
  site = replaceOnce(site, /ssl_certificate\s+\S+;/, `ssl_certificate ${cert};`);
  site = replaceOnce(site, /ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${key};`);
  return site;
}

/** nginx in the foreground, one process (no master, so it runs as whoever runs the test), logs in a temp prefix. */
export async function startNginx(appPort: number): Promise<Nginx> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-nginx-'));
  const cert = path.join(prefix, 'cert.pem');
  const key = path.join(prefix, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${path.join(prefix, name)};`)
    .join('\n  ');
  const conf = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `daemon off;
master_process off;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 512; }
http {
  access_log ${path.join(prefix, 'access.log')};
  ${temp}
${siteConfig(appPort, httpPort, httpsPort, cert, key)}
}
`,
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await Promise.race([waitForPort(httpsPort, 10_000), exited.then(() => Promise.reject(new Error(`nginx exited: ${stderr}`)))]);
  } catch (error) {
    child.kill('SIGKILL');
    const log = fs.existsSync(path.join(prefix, 'error.log')) ? fs.readFileSync(path.join(prefix, 'error.log'), 'utf8') : '';
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return {
    httpsUrl: `https://127.0.0.1:${httpsPort}`,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    ca: fs.readFileSync(cert, 'utf8'),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await exited;
      }
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}
