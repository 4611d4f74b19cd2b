// Download tokens in Redis, so a token minted on one node opens the download on any other (HAProxy may send the
// download elsewhere than the page that asked for it). Redis expires them; taking one deletes it in the same step.
import { fail } from '../../shared/errors';
import type { DownloadGrant, DownloadTokenStore } from '../access/downloadTokens';
import type { RedisLinks } from './redis';

const TAKE = `
local held = redis.call('GET', KEYS[1])
if held then redis.call('DEL', KEYS[1]) end
return held
`;

export class RedisDownloadTokens implements DownloadTokenStore {
  constructor(private readonly redis: RedisLinks) {}

  async put(hash: string, grant: DownloadGrant, ttlMs: number): Promise<void> {
    try {
      await this.redis.commands.set(this.key(hash), JSON.stringify(grant), 'PX', ttlMs);
    } catch {
      fail('unavailable', 'The download cannot be prepared right now; try again');
    }
  }

  async take(hash: string): Promise<DownloadGrant | undefined> {
    let held: unknown;
    try {
      held = await this.redis.commands.eval(TAKE, 1, this.key(hash));
    } catch {
      return fail('unavailable', 'The download cannot be checked right now; try again');
    }
    return typeof held === 'string' ? (JSON.parse(held) as DownloadGrant) : undefined;
  }

  private key(hash: string): string {
    return `${this.redis.prefix}download:${hash}`;
  }
}
