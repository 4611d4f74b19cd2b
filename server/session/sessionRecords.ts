// Session rows read once and kept (until the session leaves memory), by id and by join code: a join storm must not
// be a storm of database reads. A row deleted by another node meanwhile is caught when the session is loaded.
import type { SessionRecord, SessionStatus, Store } from '../store/types';

export class SessionRecords {
  private readonly byId = new Map<string, SessionRecord>();
  private readonly byJoinCode = new Map<string, string>();

  constructor(private readonly store: Store) {}

  /** The stored row of a session. */
  async ofSession(sessionId: string): Promise<SessionRecord | undefined> {
    return this.byId.get(sessionId) ?? this.keep(await this.store.sessionById(sessionId));
  }

  async ofJoinCode(joinCode: string): Promise<SessionRecord | undefined> {
    const sessionId = this.byJoinCode.get(joinCode);
    return (sessionId === undefined ? undefined : this.byId.get(sessionId)) ?? this.keep(await this.store.sessionByJoinCode(joinCode));
  }

  /** Every stored session, newest first, with the list rows stored beside them. */
  all = async () => ({ records: await this.store.listSessions(), listings: await this.store.listings() });
  /** Session ids with their day, for retention. */
  dates = (): Promise<{ id: string; date: string }[]> => this.store.sessionDates();

  /** The stored status only (the list's column); the event that tells the open screens is the caller's. */
  async setStatus(sessionId: string, status: SessionStatus): Promise<void> {
    await this.store.setStatus(sessionId, status);
    const kept = this.byId.get(sessionId);
    if (kept) this.byId.set(sessionId, { ...kept, status });
  }

  /** Every row is read afresh on next use (after a bus outage: a key may have been replaced meanwhile). */
  forgetAll(): void {
    this.byId.clear();
    this.byJoinCode.clear();
  }

  /** A session's key changed in the store (or it left memory): its row (and key hash) is read afresh on next use. */
  forget(sessionId: string): void {
    const kept = this.byId.get(sessionId);
    if (kept) this.byJoinCode.delete(kept.joinCode);
    this.byId.delete(sessionId);
  }

  private keep(record: SessionRecord | undefined): SessionRecord | undefined {
    if (record) {
      this.byId.set(record.id, record);
      this.byJoinCode.set(record.joinCode, record.id);
    }
    return record;
  }
}
