// Every limit of the app in one place: what people type, what a board holds, what an import may bring.
// Kept apart from the zod schemas so the client can use them (maxLength, counters) without zod.

/** Size limits of what people type. */
export const limits = {
  ideaText: 500,
  ideaField: 300,
  /** One "gain" tag of an idea, and how many an idea may carry. */
  ideaGain: 40,
  ideaGains: 10,
  displayName: 40,
  /** A workshop's title. */
  sessionTitle: 200,
  agendaTitle: 200,
  agendaSpeaker: 120,
  agendaNote: 500,
  groupTitle: 80,
  questionText: 300,
  /** Questions one participant may ask about one programme item. */
  questionsPerParticipantPerItem: 10,
  /** All questions of one programme item: far above a hall of 500, far below what strains a phone. */
  questionsPerItem: 2000,
  pollQuestion: 200,
  pollOption: 120,
  pollOptionsMin: 2,
  pollOptionsMax: 10,
  pollsPerSession: 200,
  /** A word-cloud answer: this many short entries of at most `pollWord` characters. */
  wordsPerAnswer: 3,
  pollWord: 40,
  pollText: 300,
  /** Times one participant may answer (or change the answer to) one poll. */
  answersPerPoll: 20,
  /** The facilitator's word rules (hide or show a word) of one workshop: every phone's copy carries them. */
  wordRulesPerSession: 300,
} as const;

/**
 * Reactions (shared/reaction): a phone may send a burst of `burst` taps, then `perSecond` a second, counted per
 * person over all their sockets; the server refuses the rest with rate_limited. A few a second is what a thumb
 * does when it means it; the phone itself sends at most one tap per `clientGapMs`, so a held finger or a key held
 * down sends no flood and is never refused.
 */
export const reactionLimits = {
  burst: 5,
  perSecond: 3,
  clientGapMs: 350,
} as const;

/**
 * How much one board may hold. One identity (not one socket: a phone can open many) adds at most
 * `ideasPerParticipant` ideas (the server's MAX_IDEAS_PER_PARTICIPANT overrides it); the board as a whole holds
 * `ideasPerBoard` and `participantsPerBoard`. A busy day has a few hundred ideas from 200 phones; these keep one
 * join code from growing a board that every new phone must download and no import can bring back.
 */
export const boardLimits = {
  ideasPerParticipant: 50,
  ideasPerBoard: 5_000,
  participantsPerBoard: 6_000,
  /** The highest `dotsPerParticipant` a facilitator can set. */
  dotsPerParticipant: 20,
  agendaItems: 100,
  /** Groups on one board: the command's cap and the import's are the same, so an export always imports. */
  groups: 100,
} as const;

/**
 * Tables of one board (the workshop held at tables of six to eight, then the whole room). `perBoard`: a seminar
 * hall has a few dozen tables; 200 covers any venue and keeps the console's overview and the printed sheets
 * finite. `name`: a town or a number, short enough for a projector tile. `movesPerMinute`: a phone changes its
 * table a few times at most; more is a script flooding every screen's seat count. `picksPerTable`: round one's
 * top N per table, never more than the dots a phone holds.
 */
export const tableLimits = {
  perBoard: 200,
  name: 40,
  movesPerMinute: 6,
  picksPerTable: boardLimits.dotsPerParticipant,
} as const;

export type IdeaLimits = { ideasPerParticipant: number; ideasPerBoard: number };

/**
 * The largest JSON export of a board within `boardLimits`, so an import always takes back what an export gave.
 * Worst cases per piece as the export writes them (JSON.stringify with 2-space indent): every character of
 * typed text at its dearest (3 bytes of UTF-8: the text rule in shared/text.ts refuses the control characters
 * that JSON escapes in 6, and lone surrogates), every id 64 characters.
 * test/shared/importLimit.test.ts builds such a board and checks the export fits.
 */
const ideaBytes = 3 * (limits.ideaText + 3 * limits.ideaField) + 1_600;
const participantBytes = 3 * limits.displayName + 200 + boardLimits.dotsPerParticipant * 180;
const agendaItemBytes = 3 * (limits.agendaTitle + limits.agendaSpeaker + limits.agendaNote) + 500;
const groupBytes = 3 * limits.groupTitle + 200;
/** A table in the JSON export, what one idea adds for its table, and a participant's dots of a first round. */
const tableBytes = 3 * tableLimits.name + 200;
const ideaTableBytes = 100;
const roundOneBytes = boardLimits.dotsPerParticipant * 180;
export const IMPORT_MAX_BYTES =
  boardLimits.ideasPerBoard * (ideaBytes + ideaTableBytes) +
  boardLimits.participantsPerBoard * (participantBytes + roundOneBytes) +
  boardLimits.agendaItems * agendaItemBytes +
  boardLimits.groups * groupBytes +
  tableLimits.perBoard * tableBytes +
  64 * 1024;

/** Suggested groups of alike ideas and questions (shared/similar). */
export const similarLimits = {
  /** Members of one suggested group the facilitator dismisses: far above any real group of duplicates. */
  groupIds: 50,
  /** Dismissed groups per scope: a day has a few dozen; a flood of dismissals is refused beyond this. */
  dismissals: 500,
  /** Alike visible ideas a phone shows beside the idea being typed. */
  phoneHints: 3,
} as const;

/** What one combined view of a series of workshops may hold (the organiser's comparison, built in memory). */
export const combinedLimits = {
  workshops: 50,
  ideas: 50_000,
} as const;
