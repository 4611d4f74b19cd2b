import { z } from 'zod';
import { boardLimits, limits } from '../limits';
import { idSchema } from '../schemas';
import { partnershipKinds, reasonKeys, sectors } from './framework';
import { boardPhases } from './types';

export const sectorSchema = z.enum(sectors);

/** Control characters other than line breaks and tabs, and halves of a surrogate pair without the other half. */
const unprintable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * What a person types into an idea: nothing a keyboard cannot make. It also keeps every character at most
 * 3 bytes in the JSON export (an escaped control character takes 6), which IMPORT_MAX_BYTES counts on.
 */
const typedText = (min: number, max: number) =>
  z.string().trim().min(min).max(max).refine((text) => !unprintable.test(text), 'must not contain control characters');
const optionalText = typedText(0, limits.ideaField);
const kindOf = <K extends keyof typeof partnershipKinds>(dimension: K) =>
  z.enum(Object.keys(partnershipKinds[dimension]) as [string, ...string[]]).optional();

export const ideaContentSchema = z.strictObject({
  text: typedText(1, limits.ideaText),
  partner: optionalText.optional(),
  libraryBrings: optionalText.optional(),
  partnerBrings: optionalText.optional(),
  // Which sector a gain belongs to is checked by the decider, which knows the idea's sector.
  gains: z.array(z.string().max(limits.ideaGain)).max(limits.ideaGains).optional(),
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

export const addIdeaSchema = ideaContentSchema.extend({ id: idSchema, sector: sectorSchema });
export const editIdeaSchema = ideaContentSchema.partial().extend({ id: idSchema, baseVersion: z.number().int().min(1) });
export const ideaIdSchema = z.strictObject({ id: idSchema });
export const hideIdeaSchema = z.strictObject({ id: idSchema, hidden: z.boolean() });
export const moveIdeaSchema = z.strictObject({ id: idSchema, sector: sectorSchema });
export const mergeIdeasSchema = z.strictObject({ sourceId: idSchema, targetId: idSchema });
export const groupIdeaSchema = z.strictObject({ id: idSchema, groupId: idSchema.nullable() });
export const groupTitleSchema = z.string().trim().min(1).max(limits.groupTitle);
export const createGroupSchema = z.strictObject({ id: idSchema, sector: sectorSchema, title: groupTitleSchema });
export const renameGroupSchema = z.strictObject({ id: idSchema, title: groupTitleSchema });
export const phaseSchema = z.strictObject({ phase: z.enum(boardPhases) });
export const settingsSchema = z.strictObject({
  dotsPerParticipant: z.number().int().min(1).max(boardLimits.dotsPerParticipant).optional(),
  allowStacking: z.boolean().optional(),
  showNamesOnProjector: z.boolean().optional(),
  openOnWorkshop: z.boolean().optional(),
  requireApproval: z.boolean().optional(),
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
