// The part of negotiator (Express's own content negotiation, 1.x) the server uses; its published types are 0.6's.
declare module 'negotiator' {
  import type { IncomingMessage } from 'node:http';

  export default class Negotiator {
    constructor(request: Pick<IncomingMessage, 'headers'>);
    /** The accepted `available` encodings, best first; equal weights in the order of `preferred`. */
    encodings<T extends string>(available: readonly T[], options?: { preferred?: readonly T[] }): T[];
  }
}
