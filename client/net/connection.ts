// The one module that talks to the socket: joins, keeps the store in step, and resyncs after any gap.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/contract';
import { PROTOCOL_VERSION } from '../../shared/protocolVersion';
import type { ErrorCode } from '../../shared/errors';
import type { EventBatch } from '../../shared/projection/batch';
import type { Tallies } from '../../shared/projection/tallies';
import type { JoinPayload } from '../../shared/session/join';
import { ROUTING_PARAM, routingKey } from '../../shared/session/routing';
import { syncedState } from '../../shared/session/snapshot';
import { appStore, applyEvents, applyTallies, replaceSession, screenFold } from '../store/appStore';
import { recordClockSample, resetClockSamples } from './clock';
import { fallBackOnTimeout, transportOptions } from './transports';
import { CLOCK_ANSWER_MS, CLOCK_PING_MS, JOIN_TIMEOUT_MS, RETRY_JOIN_MS } from '../tuning';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type DistributeOmit<P, K extends PropertyKey> = P extends unknown ? Omit<P, K> : never;
export type JoinCredentials = DistributeOmit<JoinPayload, 'since' | 'protocol'>;

/** Codes after which retrying the same credentials cannot help (an outdated page must reload first). */
const FINAL_JOIN_ERRORS = new Set(['not_found', 'forbidden', 'invalid_payload', 'outdated', 'reserved_id']);
/**
 * Refusals that pass by themselves: a busy server, a full disk freed, a room rejoining at once behind one address,
 * a join that kept losing the race to other nodes writing the same workshop.
 */
const PASSING_JOIN_ERRORS = new Set(['conflict', 'rate_limited', 'unavailable', 'internal']);

let socket: ClientSocket | null = null;

export function currentSocket(): ClientSocket | null {
  return socket;
}

export function connect(credentials: JoinCredentials): () => void {
  const own: ClientSocket = io({ ...transportOptions(), reconnectionDelayMax: 5000, query: { [ROUTING_PARAM]: routingKey(credentials) } });
  socket = own;
  resetClockSamples();
  appStore.setState({ connection: 'connecting', joinError: null });
  const joiner = new Joiner(own, credentials);

  own.on('connect', () => void joiner.join());
  own.on('connect_error', (error) => fallBackOnTimeout(own.io, error));
  own.on('disconnect', () => appStore.setState({ connection: 'offline' }));
  own.on('events', (batch) => joiner.received(batch));
  own.on('tallies', (tallies) => joiner.tallied(tallies));
  own.on('ended', () => {
    appStore.setState({ ended: true, connection: 'offline' });
    own.disconnect();
  });
  own.on('presence', (presence) => appStore.setState({ participantsOnline: presence.participantsOnline }));
  const clockTimer = setInterval(() => pingClock(own), CLOCK_PING_MS);

  return () => {
    clearInterval(clockTimer);
    own.disconnect();
    if (socket === own) socket = null;
  };
}

/** Joins (and rejoins after a gap), holding back the events that arrive while a join is on its way. */
class Joiner {
  private joining = false;
  private buffered: EventBatch[] = [];

  constructor(
    private readonly own: ClientSocket,
    private readonly credentials: JoinCredentials,
  ) {}

  received(batch: EventBatch): void {
    if (this.joining) this.buffered.push(batch);
    else if (!applyEvents(batch)) this.resync();
  }

  /** Counts sent before the join's answer are older than its snapshot: only later ones count. */
  tallied(tallies: Tallies): void {
    if (!this.joining) applyTallies(tallies);
  }

  async join(): Promise<void> {
    if (this.joining) return;
    this.joining = true;
    this.buffered = [];
    const session = appStore.getState().session;
    const since = session && sameSession(session, this.credentials) ? session.seq : undefined;
    const sentAt = Date.now();
    const payload = { ...this.credentials, since, protocol: PROTOCOL_VERSION } as JoinPayload;
    const result = await this.own.timeout(JOIN_TIMEOUT_MS).emitWithAck('session:join', payload).catch(() => null);
    this.joining = false;
    // No answer on a connection that stays up (a loaded server): no reconnect will follow, so ask again.
    if (!result) return void (this.own.connected && this.retryLater());
    if (!result.ok) return this.refused(result.code);
    recordClockSample(sentAt, result.data.serverTime, Date.now());
    const synced = syncedState(since === undefined ? null : session, result.data.sync, screenFold());
    if (!synced) return this.resync();
    replaceSession(synced);
    // A console first knew only its session id: it reconnects where the session's phones are routed.
    this.own.io.opts.query = { [ROUTING_PARAM]: routingKey(synced) };
    appStore.setState({ actor: result.data.actor, joinUrl: result.data.joinUrl, connection: 'online', joinError: null });
    const waiting = this.buffered;
    this.buffered = [];
    if (!waiting.every((batch) => applyEvents(batch))) this.resync();
  }

  private refused(code: ErrorCode): void {
    appStore.setState({ joinError: code });
    if (FINAL_JOIN_ERRORS.has(code)) this.own.disconnect();
    // Try again after a pause, spread out so a whole room does not come back in the same second.
    else if (PASSING_JOIN_ERRORS.has(code)) this.retryLater();
  }

  private resync(): void {
    void this.join();
  }

  private retryLater(): void {
    setTimeout(() => this.resync(), RETRY_JOIN_MS * (1 + Math.random()));
  }
}

function pingClock(own: ClientSocket): void {
  if (!own.connected) return;
  const sentAt = Date.now();
  own
    .timeout(CLOCK_ANSWER_MS)
    .emitWithAck('clock:ping', {})
    .then((r) => r.ok && recordClockSample(sentAt, r.data.serverTime, Date.now()))
    .catch(() => {});
}

function sameSession(session: { id: string; joinCode: string }, credentials: JoinCredentials): boolean {
  return 'sessionId' in credentials ? credentials.sessionId === session.id : credentials.joinCode.toUpperCase() === session.joinCode;
}
