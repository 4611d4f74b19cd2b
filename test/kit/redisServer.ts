// A redis-server of the test's own on a free port, so a test can restart it: the shared one is never touched.
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort, waitForPort } from './ports';

export interface RedisServer {
  url: string;
  /** SIGKILL, then the same port again after `downMs`: what pub/sub lost meanwhile stays lost. */
  restart(downMs: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
      stdio: 'ignore',
    });
    await waitForPort(port, 10_000);
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    async restart(downMs) {
      await stop();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
    stop,
  };
}
