// Replacing a session's facilitator key, and issuing or revoking its moderator key: stored first (hashes only), then
// the old key is forgotten and the sockets that joined with it are closed, here and on every other node.
import { nanoid } from 'nanoid';
import type { KeyRole } from '../../shared/access/permissions';
import { hashSecret } from '../guards/auth';
import type { SessionHub } from '../session/hub';
import { type AppServer, keyRoom } from '../socket/types';
import { MODERATOR_CREDENTIAL, type Store } from '../store/types';

/** Other nodes told through the bus (server/cluster); a single node has none. */
export interface KeyBroadcast {
  revoked(sessionId: string, role: KeyRole): void;
}

/** What this node does when a key of a session stops opening it: reads the row afresh, closes that key's sockets. */
export function keyRevoker(io: AppServer, hub: SessionHub): (sessionId: string, role: KeyRole) => void {
  return (sessionId, role) => {
    hub.records.forget(sessionId);
    // Their transport is closed, so the screens reconnect by themselves and are refused: the console shows why.
    io.in(keyRoom(sessionId, role)).disconnectSockets(true);
  };
}

export class SessionKeyChanges {
  constructor(
    private readonly store: Store,
    private readonly revokeHere: (sessionId: string, role: KeyRole) => void,
    private readonly others: KeyBroadcast | undefined,
  ) {}

  /** A new key for `role`; the one before it (and, for the facilitator, the organiser's key derived from it) stops working. */
  async replace(sessionId: string, role: KeyRole): Promise<string> {
    const key = nanoid(32);
    await this.store.setKeyHash(sessionId, role, hashSecret(key));
    this.revoked(sessionId, role);
    return key;
  }

  /** No moderator link any more. */
  async revokeModerator(sessionId: string): Promise<void> {
    await this.store.setKeyHash(sessionId, 'moderator', null);
    this.revoked(sessionId, 'moderator');
  }

  /** Read from the store at each moderator join (rare), so a revocation elsewhere holds at once. */
  moderatorKeyHash(sessionId: string): Promise<string | undefined> {
    return this.store.participantSecretHash(sessionId, MODERATOR_CREDENTIAL);
  }

  private revoked(sessionId: string, role: KeyRole): void {
    this.revokeHere(sessionId, role);
    this.others?.revoked(sessionId, role);
  }
}
