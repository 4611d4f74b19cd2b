/** Size limits of what people type; kept apart from the zod schemas so the client can use them without zod. */
export const limits = {
  ideaText: 500,
  ideaField: 300,
  displayName: 40,
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
} as const;

/** The largest JSON export a new workshop can be imported from. */
export const IMPORT_MAX_BYTES = 16 * 1024 * 1024;
