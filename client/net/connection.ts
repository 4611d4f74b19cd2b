// The one module that talks to the socket: joins, keeps the store in step, and resyncs after any gap.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/contract';
import type { EventBatch } from '../../shared/projection/batch';
import type { JoinPayload } from '../../shared/session/join';
import { ROUTING_PARAM, routingKey } from '../../shared/session/routing';
import { syncedState } from '../../shared/session/snapshot';
import { appStore, applyEvents, replaceSession } from '../store/appStore';
import { recordClockSample, resetClockSamples } from './clock';
import { fallBackOnTimeout, transportOptions } from './transports';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type JoinCredentials = JoinPayload extends infer P ? (P extends unknown ? Omit<P, 'since'> : never) : never;

const JOIN_TIMEOUT_MS = 10_000;
const CLOCK_PING_MS = 30_000;
const RETRY_JOIN_MS = 5_000;
/** Codes after which retrying the same credentials cannot help. */
const FINAL_JOIN_ERRORS = new Set(['not_found', 'forbidden', 'invalid_payload']);
/** Refusals that pass by themselves: a busy server, a full disk freed, a room rejoining at once behind one address. */
const PASSING_JOIN_ERRORS = new Set(['rate_limited', 'unavailable', 'internal']);

let socket: ClientSocket | null = null;

export function currentSocket(): ClientSocket | null {
  return socket;
}

export function connect(credentials: JoinCredentials): () => void {
  const own: ClientSocket = io({ ...transportOptions(), reconnectionDelayMax: 5000, query: { [ROUTING_PARAM]: routingKey(credentials) } });
  socket = own;
  resetClockSamples();
  appStore.setState({ connection: 'connecting', joinError: null });
  let joining = false;
  let buffered: EventBatch[] = [];

  const join = async () => {
    if (joining) return;
    joining = true;
    buffered = [];
    const session = appStore.getState().session;
    const since = session && sameSession(session, credentials) ? session.seq : undefined;
    const sentAt = Date.now();
    const result = await own
      .timeout(JOIN_TIMEOUT_MS)
      .emitWithAck('session:join', { ...credentials, since } as JoinPayload)
      .catch(() => null);
    joining = false;
    // No answer on a connection that stays up (a loaded server): no reconnect will follow, so ask again.
    if (!result) return void (own.connected && retryLater());
    if (!result.ok) {
      appStore.setState({ joinError: result.code });
      if (FINAL_JOIN_ERRORS.has(result.code)) own.disconnect();
      // Try again after a pause, spread out so a whole room does not come back in the same second.
      else if (PASSING_JOIN_ERRORS.has(result.code)) retryLater();
      return;
    }
    recordClockSample(sentAt, result.data.serverTime, Date.now());
    const synced = syncedState(since === undefined ? null : session, result.data.sync);
    if (!synced) return void resync();
    replaceSession(synced);
    // A console first knew only its session id: it reconnects where the session's phones are routed.
    own.io.opts.query = { [ROUTING_PARAM]: routingKey(synced) };
    appStore.setState({ actor: result.data.actor, joinUrl: result.data.joinUrl, connection: 'online', joinError: null });
    const waiting = buffered;
    buffered = [];
    if (!waiting.every((batch) => applyEvents(batch))) resync();
  };

  const resync = () => void join();
  const retryLater = () => setTimeout(resync, RETRY_JOIN_MS * (1 + Math.random()));

  own.on('connect', () => void join());
  own.on('connect_error', (error) => fallBackOnTimeout(own.io, error));
  own.on('disconnect', () => appStore.setState({ connection: 'offline' }));
  own.on('events', (batch) => {
    if (joining) buffered.push(batch);
    else if (!applyEvents(batch)) resync();
  });
  own.on('ended', () => {
    appStore.setState({ ended: true, connection: 'offline' });
    own.disconnect();
  });
  own.on('presence', (presence) => appStore.setState({ participantsOnline: presence.participantsOnline }));

  const clockTimer = setInterval(() => {
    if (!own.connected) return;
    const sentAt = Date.now();
    own
      .timeout(5000)
      .emitWithAck('clock:ping', {})
      .then((r) => r.ok && recordClockSample(sentAt, r.data.serverTime, Date.now()))
      .catch(() => {});
  }, CLOCK_PING_MS);

  return () => {
    clearInterval(clockTimer);
    own.disconnect();
    if (socket === own) socket = null;
  };
}

function sameSession(session: { id: string; joinCode: string }, credentials: JoinCredentials): boolean {
  return 'sessionId' in credentials ? credentials.sessionId === session.id : credentials.joinCode.toUpperCase() === session.joinCode;
}
