// A phone of the baseline: joins a room, parses the board blob, counts relayed adds.
import type { Socket } from 'socket.io-client';
import type { TargetAddress } from '../protocol';
import { scanRelayedId } from './leanParser';
import { benchIdea, connected, type OnIdea, openSocket, type Phone, type Reply } from './phone';

export class RelayPhone implements Phone {
  readonly gaps = 0;
  private readonly socket: Socket;

  constructor(
    readonly index: number,
    private readonly target: TargetAddress,
    private readonly minIdeas: number,
    private readonly onIdea: OnIdea,
  ) {
    this.socket = openSocket(target.url);
    this.socket.on('add', (idea: { id: string } | string) => {
      const id = typeof idea === 'string' ? scanRelayedId(idea) : idea.id;
      if (id !== undefined) this.onIdea(this.index, id);
    });
  }

  async join(): Promise<void> {
    await connected(this.socket);
    const blob = (await this.socket.emitWithAck('join', this.target.joinCode)) as string;
    const ideas = (JSON.parse(blob) as { board?: { ideas?: { id: string }[] } }).board?.ideas ?? [];
    for (const idea of ideas) this.onIdea(this.index, idea.id);
    if (ideas.length < this.minIdeas) throw new Error('incomplete_board');
  }

  add(id: string): Promise<Reply> {
    return this.socket.emitWithAck('add', benchIdea(id));
  }

  vote(ideaId: string, cast: boolean): Promise<Reply> {
    return this.socket.emitWithAck('vote', { ideaId, cast });
  }

  close(): void {
    this.socket.disconnect();
  }
}
