// Concurrent connections per address. A venue NAT puts a whole room of phones behind one address, so the
// default is far above a room; it still stops one machine from opening thousands of sockets that each
// cost memory and a snapshot.
import { fail } from '../../shared/errors';


export class ConnectionCap {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts a new connection, or refuses it with rate_limited when the address already has `max`. */
  admit(address: string): void {
    const count = this.open.get(address) ?? 0;
    if (count >= this.max) fail('rate_limited', 'Too many connections from this address');
    this.open.set(address, count + 1);
  }

  release(address: string): void {
    const count = this.open.get(address) ?? 0;
    if (count <= 1) this.open.delete(address);
    else this.open.set(address, count - 1);
  }

  connections(address: string): number {
    return this.open.get(address) ?? 0;
  }
}
