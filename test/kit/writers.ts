// Phones that keep adding ideas at a steady rate against a spawned server, remembering which adds were acknowledged and when.
import { connectTo } from './process';
import { type Created, Mirror, newId, participantCredentials } from './testServer';

export interface Acked {
  id: string;
  /** Date.now() when the ack arrived. */
  at: number;
}

export class IdeaWriters {
  readonly acked: Acked[] = [];
  readonly refused: string[] = [];
  /** Why each phone's connection ended, as Socket.IO reports it to the phone. */
  readonly disconnects: string[] = [];
  private readonly phones: Mirror[] = [];
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly url: string,
    private readonly created: Created,
  ) {}

  /** Joins `phones` participants; together they send `perSecond` adds (each phone stays under its own rate limit). */
  async start(phones: number, perSecond: number): Promise<void> {
    for (let i = 0; i < phones; i++) {
      const phone = new Mirror(connectTo(this.url, { reconnection: false }));
      const ack = await phone.join({ role: 'participant', joinCode: this.created.joinCode, ...participantCredentials(`Skriver ${i}`) });
      if (!ack.ok) throw new Error(`join failed: ${ack.code}`);
      phone.socket.on('disconnect', (reason) => this.disconnects.push(reason));
      this.phones.push(phone);
    }
    const everyMs = (1000 * phones) / perSecond;
    this.timers = this.phones.map((phone) => setInterval(() => void this.add(phone), everyMs));
  }

  private async add(phone: Mirror): Promise<void> {
    const id = newId();
    try {
      const ack = await phone.socket.timeout(5000).emitWithAck('idea:add', { id, sector: 'public', text: `Idé ${id}` });
      if (ack.ok) this.acked.push({ id, at: Date.now() });
      else this.refused.push(ack.code);
    } catch {
      this.refused.push('timeout');
    }
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }

  close(): void {
    this.stop();
    for (const phone of this.phones) phone.socket.disconnect();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
