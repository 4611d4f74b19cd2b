// The IPC messages between the orchestrator (run.ts) and the phone workers (phones.ts).

/** Which server the phones talk to: ours (full protocol) or the bare relay baseline. */
export type TargetKind = 'ours' | 'relay';

export interface TargetAddress {
  kind: TargetKind;
  url: string;
  /** Ours: the session's join code. Relay: the room name. */
  joinCode: string;
}

/** `ideas`: each phone adds its share of ideas within the board's limits, then keeps editing its own; `vote`: cast and retract. */
export type WriteKind = 'ideas' | 'vote';

export type WorkerRequest =
  | { op: 'join'; target: TargetAddress; ideaCount: number; startAt: number; offsetsMs: number[] }
  | { op: 'expect'; id: string }
  | { op: 'send'; id: string }
  | { op: 'arrivals'; id: string; timeoutMs: number }
  | { op: 'write'; kind: WriteKind; startAt: number; durationMs: number; perPhoneRate: number; voteIdeaIds: string[]; addsPerPhone: number }
  | { op: 'check'; ids: string[]; timeoutMs: number }
  /** Every phone answers the poll once, at its own moment spread evenly over `spreadMs` (bench/pollScenario.ts). */
  | { op: 'answer'; pollId: string; options: number; startAt: number; spreadMs: number; totalPhones: number; worker: number; workers: number }
  | { op: 'reset' };

export interface JoinReply {
  /** Milliseconds from opening the socket to holding the complete board, per phone that made it. */
  durationsMs: number[];
  failures: Record<string, number>;
}

export interface SendReply {
  sentAt: number;
  ok: boolean;
}

export interface WriteReply {
  /** Acknowledged writes of every kind; a refused or unanswered command is never one of them. */
  acked: number;
  /** Acknowledged writes by command: add, edit, vote. */
  ackedBy: Record<string, number>;
  ackedIds: string[];
  rejected: Record<string, number>;
  latenciesMs: number[];
  firstSentAt: number;
  lastAckAt: number;
}

export interface CheckReply {
  phones: number;
  lost: number;
  duplicated: number;
  gaps: number;
}

export interface AnswerReply {
  /** Per acknowledged answer: the seq its event got and when the phone had the acknowledgement. */
  acks: { seq: number; ackAt: number }[];
  rejected: Record<string, number>;
  lastAckAt: number;
}

export type WorkerReply = JoinReply | SendReply | number[] | WriteReply | CheckReply | AnswerReply | null;

export interface Envelope<T> {
  seq: number;
  body: T;
  error?: string;
}

/**
 * One clock for every process: the wall time as performance sees it. On one machine the processes
 * share the system clock, so a send time taken in one worker and an arrival time taken in another compare.
 */
export const wallNow = (): number => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));
