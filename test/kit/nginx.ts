// Debian's nginx as a child process, running deploy/nginx.conf as shipped with only ports, certificate and upstream changed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { replaceOnce } from './deployConfig';
import { freePort, spawnListening } from './ports';

const FILE = 'deploy/nginx.conf';

export const NGINX = '/usr/sbin/nginx';

export interface Nginx {
  httpsUrl: string;
  httpUrl: string;
  /** The self-signed certificate nginx serves, for the client to trust. */
  ca: string;
  /** The site's access log as deploy/nginx.conf writes it (its own log_format). */
  accessLog: () => string;
  stop(): Promise<void>;
}

const ACCESS_LOG = '/var/log/nginx/outofthebox.access.log';

export function siteConfig(appPort: number, httpPort: number, httpsPort: number, cert: string, key: string, accessLog: string): string {
  let site = fs.readFileSync(path.resolve(FILE), 'utf8');
  if (site.split(ACCESS_LOG).length !== 3) throw new Error(`${FILE}: expected its access log in both server blocks`);
  site = site.replaceAll(ACCESS_LOG, accessLog);
  site = replaceOnce(FILE, site, 'server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`);
  site = replaceOnce(FILE, site, /listen \[::\]:80;\n/, '');
  site = replaceOnce(FILE, site, /listen \[::\]:443 ssl http2;\n/, '');
  site = replaceOnce(FILE, site, 'listen 80;', `listen 127.0.0.1:${httpPort};`);
  site = replaceOnce(FILE, site, 'listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`);
  site = replaceOnce(FILE, site, /ssl_certificate\s+\S+;/, `ssl_certificate ${cert};`);
  site = replaceOnce(FILE, site, /ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${key};`);
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
  const accessLog = path.join(prefix, 'access.log');
  fs.writeFileSync(
    conf,
    `daemon off;
master_process off;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 512; }
http {
  access_log ${path.join(prefix, 'default-access.log')};
  ${temp}
${siteConfig(appPort, httpPort, httpsPort, cert, key, accessLog)}
}
`,
  );
  let started;
  try {
    started = await spawnListening(NGINX, ['-p', prefix, '-c', conf], httpsPort);
  } catch (error) {
    const log = fs.existsSync(path.join(prefix, 'error.log')) ? fs.readFileSync(path.join(prefix, 'error.log'), 'utf8') : '';
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  const { child, exited } = started;
  return {
    httpsUrl: `https://127.0.0.1:${httpsPort}`,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    ca: fs.readFileSync(cert, 'utf8'),
    accessLog: () => (fs.existsSync(accessLog) ? fs.readFileSync(accessLog, 'utf8') : ''),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await exited;
      }
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}
