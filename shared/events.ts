import type { AgendaEvent } from './agenda/events';
import type { BoardEvent } from './board/events';
import type { PollEvent } from './poll/events';
import type { ProjectorEvent } from './projector/events';
import type { QuestionEvent } from './question/events';
import type { ReactionEvent } from './reaction/events';
import type { SessionEvent } from './session/events';
import type { SimilarEvent } from './similar/events';
import type { TableEvent } from './tables/events';
import type { UndoEvent } from './undo/events';

export type DomainEvent = SessionEvent | AgendaEvent | BoardEvent | TableEvent | ProjectorEvent | QuestionEvent | PollEvent | ReactionEvent | UndoEvent | SimilarEvent;

/** An event as stored and broadcast: numbered per session, stamped with when and by whom. */
export interface SequencedEvent {
  seq: number;
  at: number;
  /** 'facilitator', 'system', 'projector' or a participant id. */
  actor: string;
  event: DomainEvent;
}

export type EventMeta = Omit<SequencedEvent, 'event'>;
