/** Size limits of what people type; kept apart from the zod schemas so the client can use them without zod. */
export const limits = {
  ideaText: 500,
  ideaField: 300,
  displayName: 40,
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
  participantsPerBoard: 2_000,
  /** The highest `dotsPerParticipant` a facilitator can set. */
  dotsPerParticipant: 20,
  agendaItems: 100,
  groups: 1_000,
} as const;

export type IdeaLimits = { ideasPerParticipant: number; ideasPerBoard: number };

/**
 * The largest JSON export of a board within `boardLimits`, so an import always takes back what an export gave.
 * Worst cases per piece as the export writes them (JSON.stringify with 2-space indent): every character of
 * typed text at its dearest (3 bytes of UTF-8 for idea content, which refuses control characters and lone
 * surrogates; 6 bytes, an escape `\uXXXX`, for the short texts that do not), every id 64 characters.
 * test/shared/importLimit.test.ts builds such a board and checks the export fits.
 */
const ideaBytes = 3 * (limits.ideaText + 3 * limits.ideaField) + 1_600;
const participantBytes = 6 * limits.displayName + 200 + boardLimits.dotsPerParticipant * 180;
const agendaItemBytes = 6 * (200 + 120 + 500) + 500;
const groupBytes = 6 * 80 + 200;
export const IMPORT_MAX_BYTES =
  boardLimits.ideasPerBoard * ideaBytes +
  boardLimits.participantsPerBoard * participantBytes +
  boardLimits.agendaItems * agendaItemBytes +
  boardLimits.groups * groupBytes +
  64 * 1024;
