// Votes per second on a 1,000-idea board and on the largest board the product allows (boardLimits.ideasPerBoard),
// with the same phones: a vote's cost must not grow with the board (its budget check once scanned every idea).
import { boardLimits } from '../shared/limits';
import type { BenchOptions } from './measure';
import { sleep } from './protocol';
import { joinStorm, writes } from './scenarios';
import { startOurs } from './targets';
import type { WorkerPool } from './workers';

export interface VoteScaleFigures {
  ideas: number;
  phones: number;
  perSecond: number;
  ackP99: number;
}

export const VOTE_SCALE_BOARDS = [1000, boardLimits.ideasPerBoard] as const;
const SETTLE_MS = 3000;

export async function voteScale(pool: WorkerPool, phones: number, o: BenchOptions, log: (line: string) => void): Promise<VoteScaleFigures[]> {
  const figures: VoteScaleFigures[] = [];
  for (const ideas of VOTE_SCALE_BOARDS) {
    const target = await startOurs(ideas);
    try {
      const joined = await joinStorm(pool, target, phones, o.joinSpreadMs);
      // A full board is megabytes per phone: let the last snapshots leave before the votes are timed.
      await sleep(SETTLE_MS);
      await target.openVoting();
      const votes = await writes(pool, target, 'vote', o.writeMs, o.perPhoneRate);
      log(`  votes on ${ideas} ideas: ${votes.perSecond}/s with ${joined.n}/${phones} phones (ack p99 ${votes.latency.p99} ms) refused ${votes.refused} ${JSON.stringify(votes.rejected)}, join failures ${JSON.stringify(joined.failures)}`);
      figures.push({ ideas, phones: joined.n, perSecond: votes.perSecond, ackP99: votes.latency.p99 });
    } finally {
      await pool.all({ op: 'reset' });
      await target.stop();
    }
  }
  return figures;
}
