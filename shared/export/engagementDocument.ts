// The questions and polls of the JSON export (schema version 2): their shape, how they are written and read back.
import { z } from 'zod';
import { pollKindSchema, pollOptionsSchema, pollQuestionSchema } from '../poll/schemas';
import { recount } from '../poll/tally';
import { preparedPoll } from '../poll/prepared';
import type { Poll, PollAnswer } from '../poll/types';
import type { Question } from '../question/types';
import { OTHERS } from '../board/dots';
import { limits } from '../limits';
import { idSchema } from '../schemas';
import { typedText } from '../text';
import type { SessionState } from '../state';

export const engagementLimits = { questions: 50_000, polls: limits.pollsPerSession, answersPerPoll: 5_000 } as const;

const time = z.iso.datetime();
/** A participant's id, or OTHERS: someone the document does not name (anonymous export, "Glem mig"). */
const personSchema = idSchema.or(z.literal(OTHERS));
const iso = (epoch: number) => new Date(epoch).toISOString();
const isoOrNull = (epoch: number | null) => (epoch === null ? null : iso(epoch));

const questionSchema = z.strictObject({
  id: idSchema,
  itemId: idSchema,
  text: typedText({ min: 1, max: limits.questionText, lines: true }),
  authorId: personSchema.nullable(),
  createdAt: time,
  approved: z.boolean(),
  answered: z.boolean(),
  hidden: z.boolean(),
  voters: z.array(personSchema).max(engagementLimits.answersPerPoll),
});

const answerSchema = z.strictObject({
  participantId: personSchema,
  choices: z.array(z.number().int().min(0).max(limits.pollOptionsMax - 1)).max(limits.pollOptionsMax).optional(),
  scale: z.number().int().min(1).max(5).optional(),
  words: z.array(typedText({ min: 1, max: limits.pollWord })).max(limits.wordsPerAnswer).optional(),
  text: typedText({ min: 1, max: limits.pollText, lines: true }).optional(),
});

const pollSchema = z.strictObject({
  id: idSchema,
  itemId: idSchema.nullable(),
  kind: pollKindSchema,
  question: pollQuestionSchema,
  options: pollOptionsSchema,
  status: z.enum(['draft', 'open', 'closed']),
  resultsLive: z.boolean(),
  createdAt: time,
  openedAt: time.nullable(),
  closedAt: time.nullable(),
  answers: z.array(answerSchema).max(engagementLimits.answersPerPoll),
});

export const engagementShape = {
  questions: z.array(questionSchema).max(engagementLimits.questions),
  polls: z.array(pollSchema).max(engagementLimits.polls),
};
type QuestionRecord = z.infer<typeof questionSchema>;
type PollRecord = z.infer<typeof pollSchema>;
type AnswerRecord = z.infer<typeof answerSchema>;

/** Questions and polls as archived; unless `identified`, who asked, voted and answered is OTHERS, as for ideas. */
export function engagementToDocument(state: SessionState, identified: boolean): { questions: QuestionRecord[]; polls: PollRecord[] } {
  const person = (id: string) => (identified ? id : OTHERS);
  // A removed programme item takes its questions out of the archive (as out of the workbook); its polls stay, on the spot.
  const items = new Set(state.agenda.items.map((i) => i.id));
  return {
    questions: state.questions.questions.filter((q) => items.has(q.itemId)).map((q) => ({
      id: q.id,
      itemId: q.itemId,
      text: q.text,
      authorId: q.authorId === null ? null : person(q.authorId),
      createdAt: iso(q.createdAt),
      approved: q.approved,
      answered: q.answered,
      hidden: q.hidden,
      voters: q.voters.map(person),
    })),
    polls: state.polls.polls.map((p) => ({
      id: p.id,
      itemId: p.itemId !== null && items.has(p.itemId) ? p.itemId : null,
      kind: p.kind,
      question: p.question,
      options: [...p.options],
      status: p.status,
      resultsLive: p.resultsLive,
      createdAt: iso(p.createdAt),
      openedAt: isoOrNull(p.openedAt),
      closedAt: isoOrNull(p.closedAt),
      answers: Object.entries(p.answers).map(([participantId, { answer }]) => ({ participantId: person(participantId), ...answer })),
    })),
  };
}

function answerOfRecord(record: AnswerRecord): PollAnswer | null {
  if (record.choices) return { choices: record.choices };
  if (record.scale !== undefined) return { scale: record.scale };
  if (record.words) return { words: record.words };
  return record.text !== undefined ? { text: record.text } : null;
}

type Rename = (id: string) => string;
const answerFieldOf = { single: 'choices', multiple: 'choices', scale: 'scale', words: 'words', text: 'text' } as const;

/** The prepared polls of a document, as drafts without answers: what a programme-only import carries. */
export function preparedPollsOf(polls: readonly PollRecord[], itemId: Rename, newId: () => string): Poll[] {
  return polls.map((p) => preparedPoll({ ...p, itemId: p.itemId === null ? null : itemId(p.itemId) }, newId()));
}

/** Polls with their answers, the tally counted again from them. */
export function pollsFromDocument(polls: readonly PollRecord[], ids: { item: Rename; participant: Rename; newId: () => string }): Poll[] {
  return polls.map((record) => {
    const poll = preparedPoll({ ...record, itemId: record.itemId === null ? null : ids.item(record.itemId) }, ids.newId(), Date.parse(record.createdAt));
    const answers: [string, Poll['answers'][string]][] = [];
    let tally = poll.tally;
    for (const a of record.answers) {
      const answer = answerOfRecord(a);
      if (!answer) continue;
      tally = recount(tally, answer, null);
      answers.push([ids.participant(a.participantId), { answer, times: 1 }]);
    }
    const at = (t: string | null) => (t === null ? null : Date.parse(t));
    // fromEntries defines own entries, "__proto__" included, in one pass.
    return { ...poll, status: record.status, openedAt: at(record.openedAt), closedAt: at(record.closedAt), tally, answers: Object.fromEntries(answers) };
  });
}

export function questionsFromDocument(questions: readonly QuestionRecord[], ids: { item: Rename; participant: Rename; newId: () => string }): Question[] {
  return questions.map((q) => ({
    ...q,
    id: ids.newId(),
    itemId: ids.item(q.itemId),
    authorId: q.authorId === null ? null : ids.participant(q.authorId),
    createdAt: Date.parse(q.createdAt),
    votes: q.voters.length,
    voters: q.voters.map(ids.participant),
  }));
}

/** References a schema cannot check: items, participants, options. */
export function engagementProblems(
  doc: { questions: readonly QuestionRecord[]; polls: readonly PollRecord[] },
  items: ReadonlySet<string>,
  participants: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const q of doc.questions) {
    if (!items.has(q.itemId)) problems.push(`question ${q.id} is on a missing agenda item`);
    if (q.authorId !== null && !participants.has(q.authorId)) problems.push(`question ${q.id} has an unknown author`);
    if (q.voters.some((v) => !participants.has(v))) problems.push(`question ${q.id} has an unknown voter`);
    const named = q.voters.filter((v) => v !== OTHERS);
    if (new Set(named).size !== named.length) problems.push(`question ${q.id} has a voter twice`);
  }
  for (const p of doc.polls) {
    if (p.itemId !== null && !items.has(p.itemId)) problems.push(`poll ${p.id} is on a missing agenda item`);
    const choice = p.kind === 'single' || p.kind === 'multiple';
    if (choice !== p.options.length >= limits.pollOptionsMin || (!choice && p.options.length)) problems.push(`poll ${p.id} has options that do not fit its kind`);
    const answered = new Set<string>();
    for (const a of p.answers) {
      if (!participants.has(a.participantId)) problems.push(`poll ${p.id} has an answer by an unknown participant`);
      if (a.participantId !== OTHERS && answered.has(a.participantId)) problems.push(`poll ${p.id} has two answers by ${a.participantId}`);
      answered.add(a.participantId);
      if (a.choices?.some((c) => c >= p.options.length)) problems.push(`poll ${p.id} has an answer to a missing option`);
      const given = (['choices', 'scale', 'words', 'text'] as const).filter((field) => a[field] !== undefined);
      if (given.length !== 1 || given[0] !== answerFieldOf[p.kind]) problems.push(`poll ${p.id} has an answer that does not fit its kind`);
    }
  }
  return problems;
}
