// Reading and deriving questions: pure, so the phone, the console, the projector and the exports agree.
import { ownValue } from '../records';
import type { AgendaItem } from '../agenda/types';
import { canModerate } from '../access/permissions';
import type { Actor } from '../state';
import type { Question, QuestionStatus, QuestionsState } from './types';

export type QuestionOrder = 'votes' | 'newest';

export function findQuestion(questions: QuestionsState, id: string): Question | undefined {
  return questions.questions.find((q) => q.id === id);
}

export function questionStatus(q: Question): QuestionStatus {
  if (q.hidden) return 'hidden';
  if (!q.approved) return 'pending';
  return q.answered ? 'answered' : 'open';
}

/** Talks take questions unless switched off; any other item only when switched on. */
export function questionsEnabled(questions: QuestionsState, item: Pick<AgendaItem, 'id' | 'kind'>): boolean {
  return ownValue(questions.enabled, item.id) ?? item.kind === 'talk';
}

/** Approved, not hidden questions are everyone's; the facilitator sees all, the author sees their own while pending. */
export function canSeeQuestion(actor: Actor | null | undefined, q: Question): boolean {
  if (canModerate(actor)) return true;
  if (q.hidden) return false;
  if (q.approved) return true;
  return actor?.role === 'participant' && q.authorId === actor.participantId;
}

export function hasUpvoted(q: Question, participantId: string): boolean {
  return q.voters.includes(participantId);
}

export function questionsOfItem(questions: QuestionsState, itemId: string, actor: Actor | null): Question[] {
  return questions.questions.filter((q) => q.itemId === itemId && canSeeQuestion(actor, q));
}

export function sortQuestions(list: readonly Question[], order: QuestionOrder): Question[] {
  const newest = (a: Question, b: Question) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);
  if (order === 'newest') return [...list].sort(newest);
  return [...list].sort((a, b) => b.votes - a.votes || newest(a, b));
}

/** What the projector lists while a talk runs: open questions by votes. */
export function topQuestions(questions: QuestionsState, itemId: string, count: number): Question[] {
  const open = questions.questions.filter((q) => q.itemId === itemId && questionStatus(q) === 'open');
  return sortQuestions(open, 'votes').slice(0, count);
}

export function askedBy(questions: QuestionsState, itemId: string, participantId: string): number {
  let n = 0;
  for (const q of questions.questions) if (q.itemId === itemId && q.authorId === participantId) n++;
  return n;
}
