// Questions to the speaker and live polls: whose question, upvote or answer an event carries.
import type { PollEvent } from '../poll/events';
import { projectPollEvent } from '../poll/projection';
import type { QuestionEvent } from '../question/events';
import { projectQuestionEvent } from '../question/projection';
import { canSeeQuestion, findQuestion } from '../question/questions';
import { answerEventShown, isHiddenWord, tallyShown } from '../poll/hiddenWords';
import { type CatchUpContext, concernsNoOneElse, type EventKind, holdsNoOne, type KindMap, type Of, plain, staysVisible } from './kind';
import { pollPlaces, questionPlaces } from './people';

type Question<E extends QuestionEvent> = Omit<EventKind<E>, 'project'>;

const question = <E extends QuestionEvent>(kind: Question<E>): EventKind<E> => ({
  ...kind,
  project: (event, { audience, before, after }) => projectQuestionEvent(event, audience, before, after),
});

const upvote = <E extends Extract<QuestionEvent, { type: 'question:upvoted' | 'question:unvoted' }>>() =>
  question<E>({
  concerns: concernsNoOneElse,
  stillVisible: staysVisible,
  people: (event, places) => (event.participantId === undefined ? event : { ...event, participantId: places.id(event.participantId) }),
  });

const facilitatorStep = <E extends Extract<QuestionEvent, { type: 'question:highlighted' | 'question:enabled' | 'question:settingsChanged' }>>() => question<E>(plain);

export const questionKinds: KindMap<QuestionEvent> = {
  'question:asked': question({
    concerns: concernsNoOneElse,
    // A question hidden or withdrawn since is left out of a catch-up, as a hidden idea is.
    stillVisible: (event, { audience, current }) => {
      const now = findQuestion(current.questions, event.question.id);
      return now && canSeeQuestion(audience, now) ? event : null;
    },
    people: (event, places) => ({ ...event, question: questionPlaces(places, event.question) }),
  }),
  'question:upvoted': upvote(),
  'question:unvoted': upvote(),
  'question:merged': question({
    concerns: (event, before) => [findQuestion(before.questions, event.sourceId)?.authorId, findQuestion(before.questions, event.targetId)?.authorId],
    stillVisible: staysVisible,
    people: (event, places) => ({ ...event, voters: event.voters.map((v) => places.id(v)) }),
  }),
  'question:moderated': question({
    concerns: (event, before) => [findQuestion(before.questions, event.questionId)?.authorId],
    stillVisible: staysVisible,
    people: holdsNoOne,
  }),
  'question:highlighted': facilitatorStep(),
  'question:enabled': facilitatorStep(),
  'question:settingsChanged': facilitatorStep(),
};

const poll = <E extends PollEvent>(kind: Omit<EventKind<E>, 'project'>): EventKind<E> => ({
  ...kind,
  project: (event, { audience, before, after }) => projectPollEvent(event, audience, before, after),
});

const answer = <E extends Extract<PollEvent, { type: 'poll:answered' | 'poll:answerCounted' }>>(stillVisible: EventKind<E>['stillVisible'] = staysVisible) =>
  poll<E>({
    concerns: concernsNoOneElse,
    stillVisible,
    people: (event, places) => {
      if (event.participantId === undefined) return event;
      const answerer = places.answerer(event.participantId);
      if (answerer !== undefined) return { ...event, participantId: answerer };
      const { participantId: _forgotten, ...anonymous } = event;
      return anonymous as E;
    },
  });

const facilitatorPollStep = <E extends Extract<PollEvent, { type: 'poll:opened' | 'poll:closed' | 'poll:deleted' | 'poll:presented' | 'poll:wordRuled' }>>() =>
  poll<E>(plain);

// In a catch-up, what was projected when it happened less the words the facilitator has hidden since.
const rulesNow = (context: CatchUpContext) => context.current.polls.wordRules;

const withResults = <E extends Extract<PollEvent, { type: 'poll:opened' | 'poll:closed' }>>() =>
  poll<E>({ ...plain, stillVisible: (event, context) => (event.tally ? { ...event, tally: tallyShown(event.tally, rulesNow(context), event.id) } : event) });

const answeredNow: EventKind<Of<'poll:answered'>>['stillVisible'] = (event, context) =>
  answerEventShown(event, rulesNow(context), context.audience.role === 'participant' && event.participantId === context.audience.participantId);

export const pollKinds: KindMap<PollEvent> = {
  'poll:created': poll({
    concerns: concernsNoOneElse,
    stillVisible: (event, context) => ({ ...event, poll: { ...event.poll, tally: tallyShown(event.poll.tally, rulesNow(context), event.poll.id) } }),
    people: (event, places) => ({ ...event, poll: pollPlaces(places, event.poll) }) }),
  'poll:opened': withResults(),
  'poll:closed': withResults(),
  'poll:deleted': facilitatorPollStep(),
  'poll:presented': facilitatorPollStep(),
  'poll:answered': answer(answeredNow),
  'poll:answerCounted': answer(),
  'poll:wordRuled': facilitatorPollStep(),
  'poll:cloudChanged': poll({
    concerns: concernsNoOneElse,
    stillVisible: (event, context) => ({ ...event, clouds: event.clouds.map((c) => ({ ...c, words: c.words.filter((w) => !isHiddenWord(rulesNow(context), c.id, w.key)) })) }),
    people: holdsNoOne,
  }),
};
