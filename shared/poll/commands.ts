import type { z } from 'zod';
import { type CommandContext, defineCommand, requireFacilitator, requireParticipant } from '../command';
import { fail } from '../errors';
import { limits } from '../limits';
import type { PollEvent } from './events';
import { answerOf, findPoll, timesAnswered } from './polls';
import * as s from './schemas';
import { preparedPoll } from './prepared';
import { type AnswerTags, sameAnswer } from './tally';
import type { Poll, PollAnswer, WordTag } from './types';
import { isStopPhrase, wordKey } from '../words/wordKey';

function existing({ state }: CommandContext, id: string): Poll {
  return findPoll(state.polls, id) ?? fail('not_found', 'No such poll');
}

const isChoice = (poll: Poll) => poll.kind === 'single' || poll.kind === 'multiple';

/** The answer as stored: it must fit the poll's kind; choices sorted and once each, words once each. */
function fitAnswer(poll: Poll, payload: z.output<typeof s.answerPollSchema>): PollAnswer {
  const wrong = () => fail('invalid_payload', `This poll takes a ${poll.kind} answer`);
  if (payload.choices) {
    if (!isChoice(poll)) wrong();
    const choices = [...new Set(payload.choices)].sort((a, b) => a - b);
    if (choices.some((c) => c >= poll.options.length)) fail('invalid_payload', 'choices: no such option');
    if (poll.kind === 'single' && choices.length !== 1) fail('invalid_payload', 'choices: pick exactly one option');
    return { choices };
  }
  if (payload.scale !== undefined) return poll.kind === 'scale' ? { scale: payload.scale } : wrong();
  if (payload.words) {
    if (poll.kind !== 'words') wrong();
    const words = distinctByKey(payload.words);
    return words.length ? { words } : fail('invalid_payload', 'words: type at least one word');
  }
  return poll.kind === 'text' && payload.text !== undefined ? { text: payload.text } : wrong();
}

/** The words of one answer, once per key: "Bibliotek" and "bibliotekerne" typed together count once. */
function distinctByKey(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = wordKey(word);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const tagsOf = (answer: PollAnswer): WordTag[] => ('words' in answer ? answer.words.map((w) => ({ key: wordKey(w), stop: isStopPhrase(w) })) : []);

/** How the server keys a word-cloud answer and the one it replaces: every screen counts by these keys. */
function answerTags(answer: PollAnswer, previous: PollAnswer | null): { tags: AnswerTags } | Record<string, never> {
  if (!('words' in answer)) return {};
  return { tags: { answer: tagsOf(answer), previous: previous ? tagsOf(previous) : null } };
}

export const pollCommands = {
  'poll:create': defineCommand(s.createPollSchema, ({ state, actor, now }, input) => {
    requireFacilitator(actor);
    // A retried create is the same poll.
    if (findPoll(state.polls, input.id)) return [];
    if (state.polls.polls.length >= limits.pollsPerSession) fail('limit_reached', `At most ${limits.pollsPerSession} polls`);
    const itemId = input.itemId ?? null;
    if (itemId !== null && !state.agenda.items.some((i) => i.id === itemId)) fail('not_found', 'No such programme item');
    const choice = input.kind === 'single' || input.kind === 'multiple';
    const options = input.options ?? [];
    if (choice && options.length < limits.pollOptionsMin) fail('invalid_payload', `options: give at least ${limits.pollOptionsMin}`);
    if (!choice && options.length) fail('invalid_payload', `options: a ${input.kind} poll has none`);
    const poll = preparedPoll({ ...input, itemId, options }, input.id, now);
    return [{ type: 'poll:created', poll }];
  }),

  /** One poll is open at a time: opening one closes the one before, and puts the new one on the projector. */
  'poll:open': defineCommand(s.pollIdSchema, (ctx, { id }) => {
    requireFacilitator(ctx.actor);
    const poll = existing(ctx, id);
    if (poll.status === 'open') return [];
    const events: PollEvent[] = ctx.state.polls.polls
      .filter((p) => p.status === 'open')
      .map((p) => ({ type: 'poll:closed', id: p.id }));
    events.push({ type: 'poll:opened', id });
    if (ctx.state.polls.presentedId !== id) events.push({ type: 'poll:presented', id });
    return events;
  }),

  'poll:close': defineCommand(s.pollIdSchema, (ctx, { id }) => {
    requireFacilitator(ctx.actor);
    const poll = existing(ctx, id);
    if (poll.status === 'draft') fail('wrong_phase', 'The poll has not been opened');
    return poll.status === 'closed' ? [] : [{ type: 'poll:closed', id }];
  }),

  'poll:delete': defineCommand(s.pollIdSchema, (ctx, { id }) => {
    requireFacilitator(ctx.actor);
    existing(ctx, id);
    return [{ type: 'poll:deleted', id }];
  }),

  'poll:present': defineCommand(s.presentPollSchema, (ctx, { id }) => {
    requireFacilitator(ctx.actor);
    if (id !== null) existing(ctx, id);
    return ctx.state.polls.presentedId === id ? [] : [{ type: 'poll:presented', id }];
  }),

  'poll:answer': defineCommand(s.answerPollSchema, (ctx, payload) => {
    const participantId = requireParticipant(ctx.actor);
    const poll = existing(ctx, payload.pollId);
    if (poll.status !== 'open') fail('wrong_phase', poll.status === 'closed' ? 'The poll is closed' : 'The poll is not open yet');
    const answer = fitAnswer(poll, payload);
    const previous = answerOf(poll, participantId);
    if (previous && sameAnswer(previous, answer)) return [];
    if (timesAnswered(poll, participantId) >= limits.answersPerPoll) fail('limit_reached', `At most ${limits.answersPerPoll} answers per poll`);
    return [{ type: 'poll:answered', pollId: poll.id, participantId, answer, previous, ...answerTags(answer, previous) }];
  }),
};
