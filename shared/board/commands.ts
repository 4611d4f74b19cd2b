import type { z } from 'zod';
import { canReviewIdeas } from '../access/permissions';
import { type CommandContext, defineCommand, requireFacilitator, requireModerator, requireParticipant } from '../command';
import { fail } from '../errors';
import { boardLimits } from '../limits';
import { ownValue, withEntry } from '../records';
import type { Actor } from '../state';
import type { IdeaContent } from './events';
import { emptyContent } from './ideaContent';
import { type GainTag, isGainOfSector, type Reason, type Sector } from './framework';
import { dotsUsed, findIdea, ideasBy } from './ideas';
import { canAddIdea, canEditIdea, canSeeIdea, canVote } from './permissions';
import { tableOfNewIdea, votable } from '../tables/ideas';
import * as s from './schemas';
import type { BoardState, Idea } from './types';

type ContentInput = Partial<z.output<typeof s.ideaContentSchema>>;

/** Normalises what was sent; `undefined` fields stay absent so an edit changes only what it names. */
function content(sector: Sector, input: ContentInput): Partial<IdeaContent> {
  const out: Partial<IdeaContent> = {};
  if (input.text !== undefined) out.text = input.text;
  if (input.partner !== undefined) out.partner = input.partner;
  if (input.libraryBrings !== undefined) out.libraryBrings = input.libraryBrings;
  if (input.partnerBrings !== undefined) out.partnerBrings = input.partnerBrings;
  if (input.gains !== undefined) {
    const wrong = input.gains.find((g) => !isGainOfSector(sector, g));
    if (wrong) fail('invalid_payload', `gains: "${wrong}" is not a gain of the sector ${sector}`);
    out.gains = [...new Set(input.gains)] as GainTag[];
  }
  if (input.reasons !== undefined) out.reasons = [...new Set(input.reasons)] as Reason[];
  if (input.kind !== undefined) out.kind = Object.fromEntries(Object.entries(input.kind).filter(([, v]) => v)) as Idea['kind'];
  return out;
}

/** Whether the idea already holds every field of `changes`: an edit that would change nothing. */
function alreadyHas(idea: Idea, changes: Partial<IdeaContent>): boolean {
  return Object.entries(changes).every(([key, value]) => JSON.stringify(idea[key as keyof IdeaContent]) === JSON.stringify(value));
}

function existing(board: BoardState, id: string, actor: Actor): Idea {
  const idea = findIdea(board, id);
  if (!idea || !canSeeIdea(actor, idea)) fail('not_found', 'No such idea');
  return idea;
}

function editable({ state, actor }: CommandContext, id: string): Idea {
  const idea = existing(state.board, id, actor);
  if (!canEditIdea(actor, idea, state.board)) {
    if (actor.role === 'participant' && idea.authorId === actor.participantId) fail('wrong_phase', 'Ideas can be changed while the board collects');
    fail('forbidden', 'Only the author or the facilitator can change this idea');
  }
  return idea;
}

export const boardCommands = {
  'idea:add': defineCommand(s.addIdeaSchema, ({ state, actor, now, limits = boardLimits }, { id, sector, tableId: table, ...input }) => {
    const authorId = actor.role === 'participant' ? actor.participantId : null;
    const already = findIdea(state.board, id);
    // A retried add (same id, same author) is the same idea: acknowledged, not added twice.
    if (already) return already.authorId === authorId ? [] : fail('conflict', 'That idea id is taken');
    if (!canAddIdea(actor, state.board)) {
      return actor.role === 'projector' ? fail('forbidden', 'The projector only watches') : fail('wrong_phase', 'The board is not collecting ideas');
    }
    if (state.board.ideas.length >= limits.ideasPerBoard) fail('limit_reached', `The board holds its maximum of ${limits.ideasPerBoard} ideas`);
    if (authorId !== null && ideasBy(state.board, authorId) >= limits.ideasPerParticipant) {
      fail('limit_reached', `One participant can add at most ${limits.ideasPerParticipant} ideas`);
    }
    const idea: Idea = {
      id,
      sector,
      tableId: tableOfNewIdea(state, actor, table),
      ...emptyContent(),
      ...content(sector, input),
      authorId,
      createdAt: now,
      updatedAt: now,
      version: 1,
      hidden: false,
      ...(authorId !== null && state.board.settings.requireApproval ? { pending: true } : {}),
      groupId: null,
      votes: {},
    };
    return [{ type: 'idea:added', idea }];
  }),

  'idea:edit': defineCommand(s.editIdeaSchema, (ctx, { id, baseVersion, ...input }) => {
    const idea = editable(ctx, id);
    const changes = content(idea.sector, input);
    if (baseVersion !== idea.version) {
      // The same edit sent again after its answer was lost: the idea already says what it asks for.
      if (baseVersion < idea.version && alreadyHas(idea, changes)) return [];
      fail('conflict', `The idea changed (now version ${idea.version})`);
    }
    return [{ type: 'idea:edited', id, changes }];
  }),

  'idea:delete': defineCommand(s.ideaIdSchema, (ctx, { id }) => {
    // Deleting what is gone is done: a delete sent again after its answer was lost is acknowledged, not refused.
    if (!findIdea(ctx.state.board, id)) return [];
    editable(ctx, id);
    return [{ type: 'idea:deleted', id }];
  }),

  'idea:hide': defineCommand(s.hideIdeaSchema, ({ state, actor }, { id, hidden }) => {
    requireModerator(actor);
    const idea = existing(state.board, id, actor);
    return idea.hidden === hidden ? [] : [{ type: 'idea:hidden', id, hidden }];
  }),

  'idea:move': defineCommand(s.moveIdeaSchema, ({ state, actor }, { id, sector }) => {
    requireFacilitator(actor);
    const idea = existing(state.board, id, actor);
    if (idea.sector === sector) return [];
    const gains = idea.gains.filter((g) => isGainOfSector(sector, g));
    const groupId = idea.groupId && ownValue(state.board.groups, idea.groupId)?.sector === sector ? idea.groupId : null;
    return [{ type: 'idea:moved', id, sector, gains, groupId }];
  }),

  'idea:merge': defineCommand(s.mergeIdeasSchema, ({ state, actor }, { sourceId, targetId }) => {
    requireModerator(actor);
    if (sourceId === targetId) fail('invalid_payload', 'An idea cannot be merged into itself');
    const source = existing(state.board, sourceId, actor);
    const target = existing(state.board, targetId, actor);
    const text = target.text.includes(source.text) ? target.text : `${target.text}\n\n${source.text}`;
    let votes = target.votes;
    for (const [participantId, dots] of Object.entries(source.votes)) votes = withEntry(votes, participantId, (ownValue(votes, participantId) ?? 0) + dots);
    return [{ type: 'idea:merged', sourceId, targetId, text: text.slice(0, 2000), votes }];
  }),

  'idea:group': defineCommand(s.groupIdeaSchema, ({ state, actor }, { id, groupId }) => {
    requireFacilitator(actor);
    const idea = existing(state.board, id, actor);
    if (groupId !== null) {
      const group = ownValue(state.board.groups, groupId) ?? fail('not_found', 'No such group');
      if (group.sector !== idea.sector) fail('invalid_payload', 'The group belongs to another sector');
    }
    return idea.groupId === groupId ? [] : [{ type: 'idea:grouped', id, groupId }];
  }),

  'group:create': defineCommand(s.createGroupSchema, ({ state, actor }, group) => {
    requireFacilitator(actor);
    if (ownValue(state.board.groups, group.id)) return [];
    if (Object.keys(state.board.groups).length >= boardLimits.groups) fail('too_large', `At most ${boardLimits.groups} groups`);
    return [{ type: 'group:created', group }];
  }),

  'group:rename': defineCommand(s.renameGroupSchema, ({ state, actor }, { id, title }) => {
    requireFacilitator(actor);
    if (!ownValue(state.board.groups, id)) fail('not_found', 'No such group');
    return [{ type: 'group:renamed', id, title }];
  }),

  'group:delete': defineCommand(s.ideaIdSchema, ({ state, actor }, { id }) => {
    requireFacilitator(actor);
    if (!ownValue(state.board.groups, id)) fail('not_found', 'No such group');
    return [{ type: 'group:deleted', id }];
  }),

  'board:phase': defineCommand(s.phaseSchema, ({ state, actor }, { phase }) => {
    requireFacilitator(actor);
    return state.board.phase === phase ? [] : [{ type: 'board:phaseChanged', phase }];
  }),

  'board:settings': defineCommand(s.settingsSchema, ({ state, actor }, settings) => {
    requireFacilitator(actor);
    const mode = settings.votingRounds ?? settings.picksPerTable;
    if (mode !== undefined && state.board.phase === 'voting') fail('wrong_phase', 'The voting mode is set before voting starts');
    const changes = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
    return Object.keys(changes).length ? [{ type: 'board:settingsChanged', settings: changes }] : [];
  }),

  'vote:cast': defineCommand(s.voteSchema, ({ state, actor }, { ideaId, dots }) => {
    const participantId = requireParticipant(actor);
    if (!canVote(actor, state.board)) fail('wrong_phase', 'Voting is not open');
    const idea = votable(state, participantId, existing(state.board, ideaId, actor));
    if (dots !== undefined && (ownValue(idea.votes, participantId) ?? 0) >= dots) return [];
    const { dotsPerParticipant, allowStacking } = state.board.settings;
    if (idea.pending) fail('wrong_phase', 'The idea waits for approval');
    if (dotsUsed(state.board, participantId) >= dotsPerParticipant) fail('limit_reached', 'No dots left');
    if (!allowStacking && ownValue(idea.votes, participantId)) fail('limit_reached', 'One dot per idea');
    return [{ type: 'vote:cast', participantId, ideaId }];
  }),

  'idea:review': defineCommand(s.reviewIdeasSchema, ({ state, actor }, { ids, decision }) => {
    if (!canReviewIdeas(actor, decision)) fail('forbidden', 'Only the facilitator can reject ideas');
    // "All" is whatever still waits: ideas decided meanwhile (or deleted) are left out, not refused.
    const waiting = [...new Set(ids)].filter((id) => findIdea(state.board, id)?.pending);
    return waiting.length ? [{ type: 'idea:reviewed', ids: waiting, decision }] : [];
  }),

  'vote:retract': defineCommand(s.voteSchema, ({ state, actor }, { ideaId, dots }) => {
    const participantId = requireParticipant(actor);
    if (!canVote(actor, state.board)) fail('wrong_phase', 'Voting is not open');
    const idea = votable(state, participantId, existing(state.board, ideaId, actor));
    const mine = ownValue(idea.votes, participantId) ?? 0;
    if (dots !== undefined && mine <= dots) return [];
    if (!mine) fail('not_found', 'You have no dot on this idea');
    return [{ type: 'vote:retracted', participantId, ideaId }];
  }),
};
