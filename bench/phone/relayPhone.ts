// A phone of the baseline: joins a room, parses the board blob, counts relayed adds.
import type { Socket } from 'socket.io-client';
import { scanRelayedId } from './leanParser';
import { benchIdea, COMMAND_TIMEOUT_MS, connected, JOIN_TIMEOUT_MS, type Reply, SocketPhone } from './phone';

export class RelayPhone extends SocketPhone<Socket> {
  constructor(...args: ConstructorParameters<typeof SocketPhone>) {
    super(...args);
    this.socket.on('add', (idea: { id: string } | string) => {
      const id = typeof idea === 'string' ? scanRelayedId(idea) : idea.id;
      if (id !== undefined) this.onIdea(this.index, id);
    });
  }

  async join(): Promise<void> {
    await connected(this.socket);
    const blob = (await this.socket.timeout(JOIN_TIMEOUT_MS).emitWithAck('join', this.target.joinCode)) as string;
    const ideas = (JSON.parse(blob) as { board?: { ideas?: { id: string }[] } }).board?.ideas ?? [];
    for (const idea of ideas) this.onIdea(this.index, idea.id);
    if (ideas.length < this.minIdeas) throw new Error('incomplete_board');
  }

  add(id: string): Promise<Reply> {
    return this.socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('add', benchIdea(id));
  }

  edit(id: string, baseVersion: number, text: string): Promise<Reply> {
    return this.socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('edit', { id, baseVersion, text });
  }

  vote(ideaId: string, cast: boolean): Promise<Reply> {
    return this.socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('vote', { ideaId, cast });
  }
}
