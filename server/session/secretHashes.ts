// Participants' secret hashes, kept with the live session once read (a session not in memory reads the store each
// time), and claimed at once by a join before its commit, so two racing first joins cannot claim one id with two secrets.
import type { Store } from '../store/types';
import type { Live } from './liveSession';

export class SecretHashes {
  constructor(
    private readonly store: Store,
    private readonly live: (sessionId: string) => Live | undefined,
  ) {}

  /** The participant's secret hash: held in memory, else read from the store (and held if the session is live). */
  async stored(sessionId: string, participantId: string): Promise<string | undefined> {
    const cached = this.known(sessionId, participantId);
    if (cached !== undefined) return cached;
    const stored = await this.store.participantSecretHash(sessionId, participantId);
    if (stored !== undefined) this.live(sessionId)?.secretHashes.set(participantId, stored);
    return stored;
  }

  /** The secret hash held in memory (stored, or claimed by a join whose commit is on its way), without the store. */
  known(sessionId: string, participantId: string): string | undefined {
    return this.live(sessionId)?.secretHashes.get(participantId);
  }

  /** Known at once, before the commit, so two racing first joins cannot claim one id with two secrets. */
  remember(sessionId: string, participantId: string, secretHash: string): void {
    this.live(sessionId)?.secretHashes.set(participantId, secretHash);
  }

  /** A claim whose write failed: forgotten, unless another join has claimed the id since. */
  forgetClaim(sessionId: string, participantId: string, secretHash: string): void {
    const hashes = this.live(sessionId)?.secretHashes;
    if (hashes?.get(participantId) === secretHash) hashes.delete(participantId);
  }
}
