// What a simulated phone can do, whichever server it talks to.
import { io, type Socket } from 'socket.io-client';
import type { Sector } from '../../shared/board/framework';
import type { TargetAddress } from '../protocol';
import { leanParser } from './leanParser';

export interface Reply {
  ok: boolean;
  code?: string;
}

export interface Phone {
  readonly index: number;
  /** Sequence gaps seen in live events (ours only): each one would force a real phone to resync. */
  readonly gaps: number;
  /** Connects, joins and resolves once the whole board is held; rejects with an error code. */
  join(): Promise<void>;
  add(id: string): Promise<Reply>;
  /** Changes the text of an idea this phone added, from the version it last saw acknowledged. */
  edit(id: string, baseVersion: number, text: string): Promise<Reply>;
  vote(ideaId: string, cast: boolean): Promise<Reply>;
  close(): void;
}

/** A stalled server fails the phone's command instead of hanging the run. */
export const JOIN_TIMEOUT_MS = 30_000;
export const COMMAND_TIMEOUT_MS = 15_000;

/** Called for every idea a phone receives: in its first board or live. */
export type OnIdea = (phone: number, id: string) => void;

/** What both kinds of phone hold: their socket, and where every idea they receive is counted. */
export abstract class SocketPhone<S extends Socket> implements Phone {
  gaps = 0;
  protected readonly socket: S;

  constructor(
    readonly index: number,
    protected readonly target: TargetAddress,
    protected readonly minIdeas: number,
    protected readonly onIdea: OnIdea,
  ) {
    this.socket = openSocket(target.url) as S;
  }

  abstract join(): Promise<void>;
  abstract add(id: string): Promise<Reply>;
  abstract edit(id: string, baseVersion: number, text: string): Promise<Reply>;
  abstract vote(ideaId: string, cast: boolean): Promise<Reply>;

  close(): void {
    this.socket.disconnect();
  }
}

/** BENCH_PARSE=full makes phones JSON.parse every broadcast like a real client (see leanParser.ts). */
export function openSocket(url: string): Socket {
  const parser = process.env.BENCH_PARSE === 'full' ? {} : { parser: leanParser };
  return io(url, { transports: ['websocket'], forceNew: true, reconnection: false, autoConnect: false, ...parser });
}

export function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(new Error(`connect_error: ${error.message}`, { cause: error })));
    socket.connect();
  });
}

const sectors: Sector[] = ['public', 'market', 'civil'];

/** The idea a phone adds: small, like a real one typed on a phone. */
export function benchIdea(id: string) {
  return { id, sector: sectors[id.charCodeAt(0) % 3]!, text: `Bench idea ${id.slice(0, 6)}: the library and a partner` };
}
