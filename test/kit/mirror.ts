// A socket.io-client participant, facilitator or projector that mirrors the session as the real client does.
import { evolveAll } from '../../shared/evolve';
import { customAlphabet } from 'nanoid';
import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/contract';
import type { Ack } from '../../shared/errors';
import type { CreatedSession } from '../../shared/http/sessions';
import { applyBatch, type EventBatch } from '../../shared/projection/batch';
import { type Tallies, withTallies } from '../../shared/projection/tallies';
import type { JoinResult } from '../../shared/session/join';
import { syncedState } from '../../shared/session/snapshot';
import type { SessionState } from '../../shared/state';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export const newId = customAlphabet('abcdefghijklmnopqrstuvwxyz0123456789', 21);

/** What creating a workshop answers: the contract's type (shared/http/sessions.ts), under the tests' short name. */
export type Created = CreatedSession;

/**
 * A client that mirrors the session the way the real client does (client/net/connection.ts): snapshot or
 * events, then live events; events that arrive while a join is in flight wait for its answer.
 */
export class Mirror {
  state: SessionState | undefined;
  presence = 0;
  /** Successful joins so far: a value above 1 means the mirror came back after losing the server. */
  joins = 0;
  /** Joined on the current connection, so commands will be accepted. */
  online = false;
  private joining = false;
  private inFlight: Promise<Ack<JoinResult>> | undefined;
  private joinAgain = false;
  private buffered: EventBatch[] = [];
  /** Times a live batch showed a missed batch: the real client would join again. */
  gaps = 0;
  /** Every live batch as received, for tests of what a screen may see. */
  readonly received: EventBatch[] = [];
  /** Every tallies message as received. */
  readonly tallies: Tallies[] = [];
  /** Set by a test to lose the next live batch, as a dropped message would. */
  dropNext = false;
  private lastJoin: Parameters<ClientToServerEvents['session:join']>[0] | undefined;
  private waiters: { check: () => boolean; resolve: () => void }[] = [];

  constructor(readonly socket: TestSocket) {
    socket.on('events', (batch) => {
      this.received.push(batch);
      if (this.dropNext) this.dropNext = false;
      else if (this.joining) this.buffered.push(batch);
      else this.apply(batch);
    });
    // As the client: counts sent before a join's answer are older than its snapshot.
    socket.on('tallies', (tallies) => {
      this.tallies.push(tallies);
      if (this.joining || !this.state) return;
      this.state = withTallies(this.state, tallies);
      if (tallies.participantsOnline !== undefined) this.presence = tallies.participantsOnline;
      this.poke();
    });
    socket.on('presence', (p) => {
      this.presence = p.participantsOnline;
      this.poke();
    });
    socket.on('disconnect', () => {
      this.online = false;
      this.poke();
    });
  }

  /**
   * One join at a time, as the real client: a join asked for while one is on its way (a reconnect, a gap) runs once
   * that one has answered, so an older answer never replaces a newer state.
   */
  async join(payload: Parameters<ClientToServerEvents['session:join']>[0]): Promise<Ack<JoinResult>> {
    this.lastJoin = payload;
    if (this.inFlight) {
      this.joinAgain = true;
      return this.inFlight;
    }
    this.inFlight = this.joinOnce(payload);
    try {
      return await this.inFlight;
    } finally {
      this.inFlight = undefined;
      if (this.joinAgain) {
        this.joinAgain = false;
        if (this.socket.connected) this.join(this.lastJoin).catch(() => {});
      }
    }
  }

  private async joinOnce(payload: Parameters<ClientToServerEvents['session:join']>[0]): Promise<Ack<JoinResult>> {
    this.joining = true;
    this.buffered = [];
    try {
      const result = await this.socket.emitWithAck('session:join', { ...payload, since: this.state?.seq });
      if (result.ok) {
        const synced = syncedState(this.state, result.data.sync, evolveAll);
        if (!synced) throw new Error('the join answer does not follow on from the state held');
        this.state = synced;
        for (const batch of this.buffered) this.apply(batch);
        this.joins += 1;
        this.online = this.socket.connected;
        this.poke();
      }
      return result;
    } finally {
      this.joining = false;
      this.buffered = [];
    }
  }

  /** Joins now and again after every reconnect, with the seq it holds, as the real client does. */
  stayJoined(payload: Parameters<ClientToServerEvents['session:join']>[0]): Promise<Ack<JoinResult>> {
    this.socket.on('connect', () => {
      if (this.joins > 0) this.join(payload).catch(() => {}); // no answer: the next reconnect joins again
    });
    return this.join(payload);
  }

  /** Applies a live batch as the client does: a batch that shows a gap is counted, and the mirror joins again. */
  apply(batch: EventBatch) {
    if (!this.state) return;
    const next = applyBatch(this.state, batch, evolveAll);
    if (!next) {
      this.gaps += 1;
      if (this.lastJoin) this.join(this.lastJoin).catch(() => {});
      return;
    }
    this.state = next;
    this.poke();
  }

  until(check: (m: this) => boolean, timeoutMs = 5000): Promise<void> {
    if (check(this)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('condition not reached in time')), timeoutMs);
      this.waiters.push({
        check: () => check(this),
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  private poke() {
    this.waiters = this.waiters.filter((w) => (w.check() ? (w.resolve(), false) : true));
  }
}

export function participantCredentials(name?: string) {
  return { participantId: newId(), secret: newId() + newId(), ...(name === undefined ? {} : { name }) };
}

