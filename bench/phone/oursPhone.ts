// A phone speaking our protocol: joins as a participant, applies sequenced events the way the client does.
import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, CommandResult, ServerToClientEvents } from '../../shared/contract';
import type { Ack } from '../../shared/errors';
import type { ReactionKind } from '../../shared/reaction/kinds';
import type { Tallies } from '../../shared/projection/tallies';
import type { EventBatch } from '../../shared/projection/batch';
import { parseSnapshot } from '../../shared/session/snapshot';
import { participantCredentials } from '../../test/kit/mirror';
import { scanEvents } from './leanParser';
import { benchIdea, COMMAND_TIMEOUT_MS, connected, JOIN_TIMEOUT_MS, type Reply, SocketPhone } from './phone';

/** Reaction events in a batch, raw (the lean parser's) or parsed. */
const reactionEventsIn = (batch: Batch) =>
  typeof batch === 'string' ? (batch.match(/"type":"reaction:counted"/g) ?? []).length : batch.events.filter((e) => e.event.type === 'reaction:counted').length;

const withSeq = (ack: Ack<CommandResult>) => (ack.ok ? { ok: true, seq: ack.data.seq } : { ok: false, code: ack.code });

type OursSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
/** A parsed batch, or its raw text when the lean parser is on. */
type Batch = EventBatch | string;

export class OursPhone extends SocketPhone<OursSocket> {
  private lastSeq = 0;
  /** Live events that arrive while the join is in flight wait for the snapshot, as in the client. */
  private pending: Batch[] | null = null;
  /** The latest counts a large room sent as tallies: `p:` poll id → respondents, `q:` question id → upvotes. */
  readonly counts = new Map<string, number>();
  /** Messages of any kind the server sent this phone (answers to its own commands aside), and the reaction events among them. */
  readonly heard = { messages: 0, reactionEvents: 0 };

  constructor(...args: ConstructorParameters<typeof SocketPhone>) {
    super(...args);
    this.socket.onAny((event: string, payload: unknown) => {
      this.heard.messages++;
      if (event === 'events') this.heard.reactionEvents += reactionEventsIn(payload as Batch);
    });
    this.socket.on('events', (batch: Batch) => (this.pending ? this.pending.push(batch) : this.apply(batch)));
    // As the client: tallies sent before the join's answer are older than its snapshot.
    this.socket.on('tallies', (tallies: Tallies) => {
      if (this.pending) return;
      for (const poll of tallies.polls) this.counts.set(`p:${poll.id}`, poll.respondents);
      for (const question of tallies.questions) this.counts.set(`q:${question.id}`, question.votes);
    });
  }

  async join(): Promise<void> {
    this.pending = [];
    await connected(this.socket);
    const credentials = participantCredentials(`Phone ${this.index}`);
    const ack = await this.socket.timeout(JOIN_TIMEOUT_MS).emitWithAck('session:join', { role: 'participant', joinCode: this.target.joinCode, ...credentials });
    if (!ack.ok) throw new Error(ack.code);
    const { sync } = ack.data;
    let ideas = 0;
    if (sync.kind === 'snapshot') {
      const state = parseSnapshot(sync.stateJson);
      this.lastSeq = state.seq;
      for (const idea of state.board.ideas) this.onIdea(this.index, idea.id);
      ideas = state.board.ideas.length;
    }
    // A cached snapshot comes with the ideas added since it was taken.
    ideas += this.apply({ prev: this.lastSeq, events: sync.events });
    this.lastSeq = Math.max(this.lastSeq, sync.to);
    for (const batch of this.pending) this.apply(batch);
    this.pending = null;
    if (ideas < this.minIdeas) throw new Error('incomplete_board');
  }

  add(id: string): Promise<Reply> {
    return this.socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('idea:add', benchIdea(id));
  }

  edit(id: string, baseVersion: number, text: string): Promise<Reply> {
    return this.socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('idea:edit', { id, baseVersion, text });
  }

  vote(ideaId: string, cast: boolean): Promise<Reply> {
    return this.socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck(cast ? 'vote:cast' : 'vote:retract', { ideaId });
  }

  answer(pollId: string, choice: number): Promise<Reply & { seq?: number }> {
    return this.socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('poll:answer', { pollId, choices: [choice] }).then(withSeq);
  }

  upvote(questionId: string): Promise<Reply & { seq?: number }> {
    return this.socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('question:upvote', { questionId }).then(withSeq);
  }

  react(kind: ReactionKind): Promise<Reply> {
    return this.socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('reaction:send', { kind });
  }

  /** As the client does: a batch whose `prev` is beyond what the phone holds shows a missed batch. */
  /** Returns how many ideas the batch brought. */
  private apply(batch: Batch): number {
    const { prev, events } =
      typeof batch === 'string'
        ? scanEvents(batch)
        : { prev: batch.prev, events: batch.events.map(({ seq, event }) => ({ seq, ideaId: event.type === 'idea:added' ? event.idea.id : undefined })) };
    if (prev > this.lastSeq) this.gaps++;
    let ideas = 0;
    for (const { seq, ideaId } of events) {
      if (seq <= this.lastSeq) continue;
      this.lastSeq = seq;
      if (ideaId === undefined) continue;
      this.onIdea(this.index, ideaId);
      ideas++;
    }
    return ideas;
  }
}
