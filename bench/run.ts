// `npm run bench`: our server and a bare Socket.IO relay under the same simulated phones, side by side.
// Options (env or --name=value): BENCH_N phones (500), BENCH_WORKERS phone processes (2), BENCH_PROFILE
// a directory for a --cpu-prof of our server.
import { type BenchOptions, measure, type TargetFigures } from './measure';
import { startOurs, startRelay, type Target } from './targets';
import { WorkerPool } from './workers';

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.split('=')[1] ?? process.env[`BENCH_${name.toUpperCase()}`] ?? fallback;
}

const options: BenchOptions = {
  phones: Number(option('n', '500')),
  ideas: 1000,
  joinSpreadMs: 5000,
  fanOutAdds: 30,
  writeMs: 4000,
  perPhoneRate: 15,
};
const profileDir = option('profile', '') || undefined;
const log = (line: string) => console.log(line);

const pool = new WorkerPool(Number(option('workers', '2')));
const running = new Set<Target>();
// Whatever happens, no server or phone process outlives the run.
process.once('exit', () => pool.close());
process.once('SIGINT', () => process.exit(130));

async function bench(start: () => Promise<Target>, name: string): Promise<TargetFigures & { boardJson: string; ideaIds: string[] }> {
  log(`${name}:`);
  const target = await start();
  running.add(target);
  try {
    return { ...(await measure(pool, target, options, log)), boardJson: target.boardJson, ideaIds: target.ideaIds };
  } finally {
    await target.stop();
    running.delete(target);
  }
}

try {
  log(`N = ${options.phones} phones over ${pool.size} workers, ${options.ideas} ideas on the board`);
  const ours = await bench(() => startOurs(options.ideas, profileDir), 'ours');
  const relay = await bench(() => startRelay(ours.boardJson, ours.ideaIds), 'baseline relay');
  void relay;
} finally {
  for (const target of running) await target.stop();
  pool.close();
}
