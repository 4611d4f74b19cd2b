// Short-lived, single-use tokens for plain downloads (a link, <a download>): the only credential ever put in a URL.
// A request that carries a key in its Authorization header mints one; the download spends it.
import { createHash } from 'node:crypto';
import { nanoid } from 'nanoid';
import { monotonicNow } from '../guards/rateLimit';
import { DOWNLOAD_TOKEN_TTL_MS, DOWNLOAD_TOKENS_MAX } from '../tuning';


/** What a token opens: one file of one session. */
export interface DownloadGrant {
  sessionId: string;
  file: string;
}

export interface DownloadTokenStore {
  /** Keeps the grant under the token's hash for `ttlMs`. */
  put(hash: string, grant: DownloadGrant, ttlMs: number): Promise<void>;
  /** Removes and returns it: a second use finds nothing. */
  take(hash: string): Promise<DownloadGrant | undefined>;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

export class DownloadTokens {
  constructor(private readonly store: DownloadTokenStore = new LocalDownloadTokens()) {}

  async mint(grant: DownloadGrant): Promise<string> {
    const token = nanoid(32);
    await this.store.put(hashOf(token), grant, DOWNLOAD_TOKEN_TTL_MS);
    return token;
  }

  /** Whether `token` opens exactly this file of this session; spent either way. */
  async spend(token: string, wanted: DownloadGrant): Promise<boolean> {
    const grant = await this.store.take(hashOf(token));
    return grant !== undefined && grant.sessionId === wanted.sessionId && grant.file === wanted.file;
  }
}

/** One node: a bounded map; Map keeps insertion order, so the oldest are first and go first. */
export class LocalDownloadTokens implements DownloadTokenStore {
  private readonly grants = new Map<string, DownloadGrant & { until: number }>();

  constructor(
    private readonly max = DOWNLOAD_TOKENS_MAX,
    private readonly now: () => number = monotonicNow,
  ) {}

  async put(hash: string, grant: DownloadGrant, ttlMs: number): Promise<void> {
    const now = this.now();
    for (const [key, held] of this.grants) {
      if (held.until > now && this.grants.size < this.max) break;
      this.grants.delete(key);
    }
    this.grants.set(hash, { ...grant, until: now + ttlMs });
  }

  async take(hash: string): Promise<DownloadGrant | undefined> {
    const held = this.grants.get(hash);
    this.grants.delete(hash);
    return held && held.until > this.now() ? { sessionId: held.sessionId, file: held.file } : undefined;
  }

  get size(): number {
    return this.grants.size;
  }
}
