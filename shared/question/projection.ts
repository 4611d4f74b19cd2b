// What one screen may know of the questions: who asked and who voted stay with the facilitator and the person.
import type { DomainEvent } from '../events';
import type { Actor, SessionState } from '../state';
import type { QuestionEvent } from './events';
import { canSeeQuestion, findQuestion } from './questions';
import type { Question, QuestionsState } from './types';

const meOf = (audience: Actor) => (audience.role === 'participant' ? audience.participantId : null);

/** The question as `audience` may see it, or null when it must not see it at all (pending, hidden). */
export function questionFor(q: Question, audience: Actor): Question | null {
  if (audience.role === 'facilitator') return q;
  if (!canSeeQuestion(audience, q)) return null;
  const me = meOf(audience);
  const authorId = q.authorId !== null && q.authorId === me ? q.authorId : null;
  const voters = me !== null && q.voters.includes(me) ? [me] : [];
  return { ...q, authorId, voters };
}

export function projectQuestions(questions: QuestionsState, audience: Actor): QuestionsState {
  if (audience.role === 'facilitator') return questions;
  const visible = questions.questions.map((q) => questionFor(q, audience)).filter((q): q is Question => q !== null);
  return { ...questions, questions: visible };
}

/** One question event for `audience`, from the states before and after it; null when it is none of its business. */
export function projectQuestionEvent(event: QuestionEvent, audience: Actor, before: SessionState, after: SessionState): DomainEvent | null {
  if (audience.role === 'facilitator') return event;
  const me = meOf(audience);
  const seen = (state: SessionState, id: string) => {
    const q = findQuestion(state.questions, id);
    return q !== undefined && canSeeQuestion(audience, q);
  };
  switch (event.type) {
    case 'question:asked': {
      const question = questionFor(event.question, audience);
      return question && { ...event, question };
    }
    case 'question:upvoted':
    case 'question:unvoted': {
      if (!seen(after, event.questionId)) return null;
      return event.participantId === me ? event : { type: event.type, questionId: event.questionId };
    }
    case 'question:merged': {
      if (seen(after, event.targetId)) return { ...event, voters: me !== null && event.voters.includes(me) ? [me] : [] };
      // Merged into a question this screen may not see: the source goes out of sight as if hidden.
      return seen(before, event.sourceId) ? { type: 'question:moderated', questionId: event.sourceId, changes: { hidden: true } } : null;
    }
    case 'question:moderated': {
      const was = seen(before, event.questionId);
      const is = seen(after, event.questionId);
      // Approved or shown again: a screen that never had it gets it whole, as it is now.
      if (!was && is) return { type: 'question:asked', question: questionFor(findQuestion(after.questions, event.questionId)!, audience)! };
      return was ? event : null;
    }
    case 'question:highlighted':
    case 'question:enabled':
    case 'question:settingsChanged':
      return event;
  }
}

/** A participant's own part of the questions: those they asked (pending ones too) and those they upvoted. */
export function ownQuestions(questions: QuestionsState, participantId: string): Question[] {
  const audience: Actor = { role: 'participant', participantId };
  return questions.questions
    .filter((q) => q.authorId === participantId || q.voters.includes(participantId))
    .map((q) => questionFor(q, audience))
    .filter((q): q is Question => q !== null);
}

/** Lays a participant's own questions over the ones every participant shares; the order is kept. */
export function withOwnQuestions(shared: QuestionsState, own: readonly Question[]): QuestionsState {
  const byId = new Map(own.map((q) => [q.id, q]));
  const questions = shared.questions.map((q) => {
    const mine = byId.get(q.id);
    if (mine) byId.delete(q.id);
    return mine ?? q;
  });
  return { ...shared, questions: [...questions, ...byId.values()] };
}
