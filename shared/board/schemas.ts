import { z } from 'zod';
import { boardLimits, limits, tableLimits } from '../limits';
import { tableIdSchema } from '../tables/schemas';
import { idSchema } from '../schemas';
import { typedText } from '../text';
import { partnershipKinds, reasonKeys, sectors } from './framework';
import { boardPhases } from './types';

export const sectorSchema = z.enum(sectors);

/** The idea's texts may run over several lines; each character is at most 3 bytes in the JSON export (IMPORT_MAX_BYTES). */
const optionalText = typedText({ max: limits.ideaField, lines: true });
const kindOf = <K extends keyof typeof partnershipKinds>(dimension: K) =>
  z.enum(Object.keys(partnershipKinds[dimension]) as [string, ...string[]]).optional();

export const ideaContentSchema = z.strictObject({
  text: typedText({ min: 1, max: limits.ideaText, lines: true }),
  partner: optionalText.optional(),
  libraryBrings: optionalText.optional(),
  partnerBrings: optionalText.optional(),
  // Which sector a gain belongs to is checked by the decider, which knows the idea's sector.
  gains: z.array(typedText({ max: limits.ideaGain })).max(limits.ideaGains).optional(),
  reasons: z.array(z.enum(reasonKeys as [string, ...string[]])).max(4).optional(),
  kind: z
    .strictObject({
      reach: kindOf('reach'),
      duration: kindOf('duration'),
      projectType: kindOf('projectType'),
      character: kindOf('character'),
    })
    .optional(),
});

/** `tableId`: the facilitator writes for a table; a participant's idea is at their own table (they may name it). */
export const addIdeaSchema = ideaContentSchema.extend({ id: idSchema, sector: sectorSchema, tableId: tableIdSchema.nullable().optional() });
export const editIdeaSchema = ideaContentSchema.partial().extend({ id: idSchema, baseVersion: z.number().int().min(1) });
export const ideaIdSchema = z.strictObject({ id: idSchema });
export const hideIdeaSchema = z.strictObject({ id: idSchema, hidden: z.boolean() });
export const moveIdeaSchema = z.strictObject({ id: idSchema, sector: sectorSchema });
export const mergeIdeasSchema = z.strictObject({ sourceId: idSchema, targetId: idSchema });
export const groupIdeaSchema = z.strictObject({ id: idSchema, groupId: idSchema.nullable() });
export const groupTitleSchema = typedText({ min: 1, max: limits.groupTitle });
export const createGroupSchema = z.strictObject({ id: idSchema, sector: sectorSchema, title: groupTitleSchema });
export const renameGroupSchema = z.strictObject({ id: idSchema, title: groupTitleSchema });
export const phaseSchema = z.strictObject({ phase: z.enum(boardPhases) });
export const settingsSchema = z.strictObject({
  dotsPerParticipant: z.number().int().min(1).max(boardLimits.dotsPerParticipant).optional(),
  allowStacking: z.boolean().optional(),
  showNamesOnProjector: z.boolean().optional(),
  openOnWorkshop: z.boolean().optional(),
  requireApproval: z.boolean().optional(),
  votingRounds: z.union([z.literal(1), z.literal(2)]).optional(),
  picksPerTable: z.number().int().min(1).max(tableLimits.picksPerTable).optional(),
});
export const reviewIdeasSchema = z.strictObject({
  ids: z.array(idSchema).min(1).max(1000),
  decision: z.enum(['approve', 'reject']),
});
/**
 * `dots`: how many of the sender's dots the idea carries once this command is done. A phone that sends the same
 * command again (its answer was lost) then changes nothing: the count is already there.
 */
export const voteSchema = z.strictObject({ ideaId: idSchema, dots: z.number().int().min(0).max(boardLimits.dotsPerParticipant).optional() });
