// Counts a large room's phones receive as their latest values instead of event by event: poll results and
// question upvotes. Thousands of phones answering within seconds would otherwise make every answer a message to
// every phone; the latest values, sent a few times a second, cost the same however many answered meanwhile.
import { z } from 'zod';
import type { DomainEvent } from '../events';
import { canSeeResults, findPoll } from '../poll/polls';
import { canSeeQuestion } from '../question/questions';
import { seqSchema } from '../schemas';
import type { SessionState } from '../state';
import { ANY_PARTICIPANT } from './view';

export const pollCountsSchema = z.object({ id: z.string(), respondents: z.number().int().min(0), counts: z.array(z.number().int().min(0)) });
export const questionVotesSchema = z.object({ id: z.string(), votes: z.number().int().min(0) });

/**
 * The counts of the polls and questions that changed since the phone's last tallies, as they stand at `seq`
 * (every stored event up to it counted). Only what any participant may see: results held back until closing
 * show only how many answered, and a question no participant may see is left out.
 */
export const talliesSchema = z.object({
  seq: seqSchema,
  polls: z.array(pollCountsSchema),
  questions: z.array(questionVotesSchema),
});
export type Tallies = z.infer<typeof talliesSchema>;
export type PollCounts = z.infer<typeof pollCountsSchema>;

/**
 * Whether a phone that is not the actor learns nothing from this (projected) event but a count: such events reach
 * a large room's phones only as tallies. Answers of word and text polls carry what people wrote and stay events.
 */
export function countsOnly(event: DomainEvent): boolean {
  switch (event.type) {
    case 'poll:answerCounted':
      return event.answer === undefined;
    case 'poll:answered':
      return event.participantId === undefined && ('choices' in event.answer || 'scale' in event.answer);
    case 'question:upvoted':
    case 'question:unvoted':
      return event.participantId === undefined;
    default:
      return false;
  }
}

/** The polls (`p:` id) and questions (`q:` id) whose counts an event may change; `*` for all of them. */
export function countsChangedBy(event: DomainEvent): string | null {
  switch (event.type) {
    case 'poll:answered':
      return `p:${event.pollId}`;
    case 'question:upvoted':
    case 'question:unvoted':
      return `q:${event.questionId}`;
    case 'participant:forgotten':
    case 'history:undone':
      return '*';
    default:
      return null;
  }
}

/** Every poll and question key of the state, for a phone that must start from all counts. */
export function allCountKeys(state: SessionState): string[] {
  return [...state.polls.polls.map((p) => `p:${p.id}`), ...state.questions.questions.map((q) => `q:${q.id}`)];
}

/** The tallies of `keys` as every participant may see them in `state`. */
export function talliesOf(state: SessionState, keys: Iterable<string>): Tallies {
  const polls: PollCounts[] = [];
  const questions: Tallies['questions'] = [];
  for (const key of keys) {
    const id = key.slice(2);
    if (key.startsWith('p:')) {
      const poll = findPoll(state.polls, id);
      if (!poll) continue;
      const shown = canSeeResults(ANY_PARTICIPANT, poll);
      polls.push({ id, respondents: poll.tally.respondents, counts: shown ? poll.tally.counts : poll.tally.counts.map(() => 0) });
    } else {
      const question = state.questions.questions.find((q) => q.id === id);
      if (question && canSeeQuestion(ANY_PARTICIPANT, question)) questions.push({ id, votes: question.votes });
    }
  }
  return { seq: state.seq, polls, questions };
}

/** The state with the tallies laid over it; ids the screen does not hold are passed over. */
export function withTallies(state: SessionState, tallies: Tallies): SessionState {
  const polls = new Map(tallies.polls.map((p) => [p.id, p]));
  const votes = new Map(tallies.questions.map((q) => [q.id, q.votes]));
  return {
    ...state,
    polls: {
      ...state.polls,
      polls: state.polls.polls.map((poll) => {
        const counted = polls.get(poll.id);
        return counted ? { ...poll, tally: { ...poll.tally, respondents: counted.respondents, counts: counted.counts } } : poll;
      }),
    },
    questions: {
      ...state.questions,
      questions: state.questions.questions.map((q) => (votes.has(q.id) ? { ...q, votes: votes.get(q.id)! } : q)),
    },
  };
}
