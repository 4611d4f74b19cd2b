import { type CommandContext, defineCommand, requireFacilitator, requireModerator, requireParticipant } from '../command';
import { fail } from '../errors';
import { limits } from '../limits';
import type { Actor } from '../state';
import type { QuestionEvent, QuestionFlags } from './events';
import { OTHERS } from '../board/dots';
import { askedBy, canSeeQuestion, findQuestion, hasUpvoted, questionsEnabled, questionStatus } from './questions';
import * as s from './schemas';
import type { Question } from './types';

function visible({ state, actor }: CommandContext, id: string): Question {
  const q = findQuestion(state.questions, id);
  if (!q || !canSeeQuestion(actor, q)) fail('not_found', 'No such question');
  return q;
}

/** Votes go to open questions of items that still take questions. */
function votable(ctx: CommandContext, id: string): { q: Question; participantId: string } {
  const participantId = requireParticipant(ctx.actor);
  const q = visible(ctx, id);
  if (questionStatus(q) !== 'open') fail('wrong_phase', 'This question is not open for votes');
  const item = ctx.state.agenda.items.find((i) => i.id === q.itemId);
  if (!item || !questionsEnabled(ctx.state.questions, item)) fail('wrong_phase', 'This item does not take questions now');
  return { q, participantId };
}

/**
 * The target's voters and the source's not already among them: one person's upvote on both counts once. Voters
 * forgotten ("Glem mig") all read OTHERS and are kept each; the target's own author cannot upvote it.
 */
function mergedVoters(target: Question, source: Question): string[] {
  const voters = [...target.voters];
  for (const voter of source.voters) if (voter === OTHERS || (voter !== target.authorId && !voters.includes(voter))) voters.push(voter);
  return voters;
}

const authorOf = (actor: Actor): string | null => (actor.role === 'participant' ? actor.participantId : null);

export const questionCommands = {
  'question:ask': defineCommand(s.askSchema, ({ state, actor, now }, { id, itemId, text }) => {
    if (actor.role === 'projector') fail('forbidden', 'The projector only watches');
    const authorId = authorOf(actor);
    const already = findQuestion(state.questions, id);
    // A retried ask (same id, same author) is the same question: acknowledged, not asked twice.
    if (already) return already.authorId === authorId ? [] : fail('conflict', 'That question id is taken');
    const item = state.agenda.items.find((i) => i.id === itemId) ?? fail('not_found', 'No such programme item');
    if (!questionsEnabled(state.questions, item)) fail('wrong_phase', 'This item does not take questions');
    const ofItem = state.questions.questions.filter((q) => q.itemId === itemId).length;
    if (ofItem >= limits.questionsPerItem) fail('limit_reached', 'This item has all the questions it can take');
    if (authorId && askedBy(state.questions, itemId, authorId) >= limits.questionsPerParticipantPerItem)
      fail('limit_reached', `At most ${limits.questionsPerParticipantPerItem} questions per talk`);
    const approved = actor.role === 'facilitator' || !state.questions.requireApproval;
    const question: Question = { id, itemId, text, authorId, createdAt: now, approved, answered: false, hidden: false, votes: 0, voters: [] };
    return [{ type: 'question:asked', question }];
  }),

  'question:upvote': defineCommand(s.questionVoteSchema, (ctx, { questionId }) => {
    const { q, participantId } = votable(ctx, questionId);
    if (q.authorId === participantId) fail('forbidden', 'You cannot upvote your own question');
    // One upvote per question: a second (or the same sent again after its answer was lost) changes nothing.
    if (hasUpvoted(q, participantId)) return [];
    return [{ type: 'question:upvoted', questionId, participantId }];
  }),

  'question:unvote': defineCommand(s.questionVoteSchema, (ctx, { questionId }) => {
    const { q, participantId } = votable(ctx, questionId);
    if (!hasUpvoted(q, participantId)) return [];
    return [{ type: 'question:unvoted', questionId, participantId }];
  }),

  'question:moderate': defineCommand(s.moderateSchema, (ctx, { questionId, highlighted, ...flags }) => {
    requireModerator(ctx.actor);
    const q = visible(ctx, questionId);
    const changes: QuestionFlags = {};
    for (const key of ['approved', 'answered', 'hidden'] as const) if (flags[key] !== undefined && flags[key] !== q[key]) changes[key] = flags[key];
    const after = { ...q, ...changes };
    const events: QuestionEvent[] = Object.keys(changes).length ? [{ type: 'question:moderated', questionId, changes }] : [];
    const { highlightedId } = ctx.state.questions;
    if (highlighted === true && highlightedId !== questionId) {
      if (after.hidden || !after.approved) fail('wrong_phase', 'Only an approved, visible question can go on the projector');
      events.push({ type: 'question:highlighted', questionId });
    } else if ((highlighted === false || after.hidden || !after.approved) && highlightedId === questionId) {
      // Hiding or withdrawing the question on the projector takes it off the projector as well.
      events.push({ type: 'question:highlighted', questionId: null });
    }
    return events;
  }),

  'question:merge': defineCommand(s.mergeQuestionsSchema, (ctx, { sourceId, targetId }) => {
    requireModerator(ctx.actor);
    if (sourceId === targetId) fail('invalid_payload', 'A question cannot be merged into itself');
    const source = visible(ctx, sourceId);
    const target = visible(ctx, targetId);
    if (source.itemId !== target.itemId) fail('invalid_payload', 'Questions to different programme items stay apart');
    const voters = mergedVoters(target, source);
    const events: QuestionEvent[] = [{ type: 'question:merged', sourceId, targetId, votes: voters.length, voters }];
    // The projector showing the source shows nothing until the facilitator puts the target up.
    if (ctx.state.questions.highlightedId === sourceId) events.push({ type: 'question:highlighted', questionId: null });
    return events;
  }),

  'question:enable': defineCommand(s.enableSchema, ({ state, actor }, { itemId, enabled }) => {
    requireFacilitator(actor);
    const item = state.agenda.items.find((i) => i.id === itemId) ?? fail('not_found', 'No such programme item');
    return questionsEnabled(state.questions, item) === enabled ? [] : [{ type: 'question:enabled', itemId, enabled }];
  }),

  'question:settings': defineCommand(s.questionSettingsSchema, ({ state, actor }, { requireApproval }) => {
    requireFacilitator(actor);
    return state.questions.requireApproval === requireApproval ? [] : [{ type: 'question:settingsChanged', requireApproval }];
  }),
};
