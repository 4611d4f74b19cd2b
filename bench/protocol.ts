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
  /**
   * The first `phones` phones (over all workers) each write `perPhone` times, at moments spread evenly over
   * `spreadMs` (bench/phone/storm.ts): ideas, poll answers (`targets`: the poll), upvotes or dots (`targets`:
   * the questions or ideas, taken in turn).
   */
  | { op: 'storm'; kind: StormKind; phones: number; perPhone: number; targets: string[]; options: number; startAt: number; spreadMs: number; worker: number; workers: number }
  /** Every phone's last tallies hold `expected` (key `p:` poll id → respondents, `q:` question id → votes). */
  | { op: 'counts'; expected: Record<string, number>; timeoutMs: number }
  /**
   * Every phone taps reactions from `startAt` for `durationMs`, one tap per `gapMs` (a held finger at the phone's
   * own pace), the kinds in turn; the phones' first taps spread over one gap (bench/phone/tapLoop.ts). With
   * `waitForAnswer` a phone sends its next tap only once the last one is answered.
   */
  | { op: 'tap'; startAt: number; durationMs: number; gapMs: number; kinds: readonly string[]; worker: number; workers: number; waitForAnswer: boolean }
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

export type StormKind = 'add' | 'answer' | 'upvote' | 'dot';

export interface StormReply {
  /** Per acknowledged write: the seq its event got, when the phone had the acknowledgement and after how long. */
  acks: { seq: number; ackAt: number; latencyMs: number }[];
  /** The ideas of acknowledged adds. */
  ackedIds: string[];
  rejected: Record<string, number>;
  lastAckAt: number;
}

export interface CountsReply {
  phones: number;
  /** Phones whose counts differ from the expected ones when the wait ended. */
  wrong: number;
  /** Phones that were sent tallies at all: none in a room small enough to get every answer as an event. */
  tallied: number;
}

export interface TapReply {
  sent: number;
  acked: number;
  /** Refused or unanswered taps by code (rate_limited is the per-person budget at work). */
  refused: Record<string, number>;
  latenciesMs: number[];
  /** Per phone that took part: messages of any kind the server sent it from the first tap until the reply. */
  messagesPerPhone: number[];
  /** Reaction events that reached any phone (they are the screens' alone). */
  reactionEvents: number;
}

export type WorkerReply = JoinReply | SendReply | number[] | WriteReply | CheckReply | StormReply | CountsReply | TapReply | null;

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
