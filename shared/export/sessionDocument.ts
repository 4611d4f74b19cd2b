// The JSON export: the whole session in a documented, versioned shape that an import can re-create.
import { z } from 'zod';
import { agendaKinds } from '../agenda/types';
import { OTHERS } from '../board/dots';
import { contentOf } from '../board/ideaContent';
import { groupTitleSchema, ideaContentSchema, sectorSchema, settingsSchema } from '../board/schemas';
import { boardPhases } from '../board/types';
import { boardLimits, limits } from '../limits';
import { displayNameSchema, idSchema, titleSchema } from '../schemas';
import { headcount, voterCount } from '../session/headcount';
import { typedText } from '../text';
import type { SessionState, Unnamed } from '../state';
import { engagementShape, engagementToDocument } from './engagementDocument';
import { boardTablesShape, boardTablesToDocument, ideaTableShape, ideaTableToDocument, participantTableShape, voteRoundShape } from './tablesDocument';

export const SCHEMA_VERSION = 2;
/** Versions an import reads: 1 has no questions and polls. */
export const READABLE_VERSIONS = [1, 2] as const;
/** What one board may hold (shared/limits.ts): an import cannot bring more than a board can grow to. */
export const documentLimits = {
  ideas: boardLimits.ideasPerBoard,
  participants: boardLimits.participantsPerBoard,
  // Two rounds of dots at most (shared/tables).
  votes: 2 * boardLimits.participantsPerBoard * boardLimits.dotsPerParticipant,
  agendaItems: boardLimits.agendaItems,
  groups: boardLimits.groups,
} as const;

const time = z.iso.datetime();
/** A participant's id, or OTHERS ('*'): an author or voter the document does not name (anonymous export, "Glem mig"). */
const personSchema = idSchema.or(z.literal(OTHERS));
const agendaItemSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(agendaKinds),
  title: typedText({ min: 1, max: limits.agendaTitle }),
  speaker: typedText({ max: limits.agendaSpeaker }),
  note: typedText({ max: limits.agendaNote, lines: true }),
  start: time,
  end: time,
  actualStart: time.nullable(),
  actualEnd: time.nullable(),
});
const ideaSchema = ideaContentSchema.required().extend({
  id: idSchema,
  sector: sectorSchema,
  authorId: personSchema.nullable(),
  createdAt: time,
  updatedAt: time,
  version: z.number().int().min(1),
  hidden: z.boolean(),
  pending: z.boolean().optional(),
  groupId: idSchema.nullable(),
  ...ideaTableShape,
});

const documentV1Shape = {
  schemaVersion: z.literal(1),
  exportedAt: time,
  session: z.strictObject({ title: titleSchema, date: z.iso.date(), createdAt: time }),
  participants: z
    .array(z.strictObject({ id: idSchema, name: displayNameSchema, joinedAt: time, ...participantTableShape }))
    .max(documentLimits.participants),
  agenda: z.strictObject({
    mode: z.enum(['clock', 'manual']),
    items: z.array(agendaItemSchema).max(documentLimits.agendaItems),
  }),
  board: z.strictObject({
    phase: z.enum(boardPhases),
    // requireApproval came later: older exports lack it and import with approval off.
    settings: settingsSchema.required({ dotsPerParticipant: true, allowStacking: true, showNamesOnProjector: true, openOnWorkshop: true }),
    groups: z
      .array(z.strictObject({ id: idSchema, sector: sectorSchema, title: groupTitleSchema }))
      .max(documentLimits.groups),
    ideas: z.array(ideaSchema).max(documentLimits.ideas),
    ...boardTablesShape,
  }),
  votes: z
    .array(z.strictObject({ participantId: personSchema, ideaId: idSchema, dots: z.number().int().min(1).max(documentLimits.votes), ...voteRoundShape }))
    .max(documentLimits.votes),
};
/** People the document counts without naming them (absent in documents written before it counted them). */
const headcountSchema = z.number().int().min(0).max(1_000_000);
const unnamedSchema = z.strictObject({ participants: headcountSchema, voters: headcountSchema });
export const sessionDocumentSchema = z.strictObject({
  ...documentV1Shape,
  schemaVersion: z.literal(SCHEMA_VERSION),
  ...engagementShape,
  unnamed: unnamedSchema.optional(),
});
const documentV1Schema = z.strictObject(documentV1Shape);
export type SessionDocument = z.infer<typeof sessionDocumentSchema>;

/** A document of any readable version, as the current version: version 1 had no questions and polls. */
export function parseDocument(body: unknown): SessionDocument {
  const version = (body as { schemaVersion?: unknown }).schemaVersion;
  if (version === 1) return { ...documentV1Schema.parse(body), schemaVersion: SCHEMA_VERSION, questions: [], polls: [] };
  return sessionDocumentSchema.parse(body);
}

/** One idea's dots of one round: by voter, or as one count by OTHERS. */
function votesOf(ideaId: string, dotsBy: Record<string, number>, identified: boolean, round: { round?: 1 }): SessionDocument['votes'] {
  if (identified) return Object.entries(dotsBy).filter(([, dots]) => dots > 0).map(([participantId, dots]) => ({ participantId, ideaId, dots, ...round }));
  const dots = Object.values(dotsBy).reduce((sum, n) => sum + n, 0);
  return dots > 0 ? [{ participantId: OTHERS, ideaId, dots, ...round }] : [];
}

/** Without names everyone is counted unnamed; with names, only those the state already counts so. */
function unnamedOf(state: SessionState, identified: boolean): { unnamed?: Unnamed } {
  if (identified) return state.unnamed ? { unnamed: { ...state.unnamed } } : {};
  return { unnamed: { participants: headcount(state), voters: voterCount(state.board, state.unnamed) } };
}

/** The voting mode travels with the tables (`board.voting`), so a one-room export reads as before. */
function documentSettings(settings: SessionState['board']['settings']) {
  const { votingRounds: _rounds, picksPerTable: _picks, ...rest } = settings;
  return rest;
}

const iso = (epoch: number) => new Date(epoch).toISOString();
const isoOrNull = (epoch: number | null) => (epoch === null ? null : iso(epoch));

/**
 * Everything, hidden ideas included: this is the archive copy, not a report. Unless `identified`, it names no
 * one: no participants, every participant's idea by OTHERS, and each idea's dots as one count by OTHERS.
 */
export function toDocument(state: SessionState, exportedAt: number, identified = false): SessionDocument {
  const votes: SessionDocument['votes'] = [];
  for (const idea of state.board.ideas) {
    if (idea.roundOne) votes.push(...votesOf(idea.id, idea.roundOne, identified, { round: 1 as const }));
    votes.push(...votesOf(idea.id, idea.votes, identified, {}));
  }
  const authorOf = (authorId: string | null) => (identified || authorId === null ? authorId : OTHERS);
  return {
    schemaVersion: SCHEMA_VERSION,
    exportedAt: iso(exportedAt),
    session: { title: state.title, date: state.date, createdAt: iso(state.createdAt) },
    participants: identified ? Object.values(state.participants).map((p) => ({ id: p.id, name: p.name, joinedAt: iso(p.joinedAt), ...(p.tableId ? { tableId: p.tableId } : {}) })) : [],
    ...unnamedOf(state, identified),
    agenda: {
      mode: state.agenda.mode,
      items: state.agenda.items.map((item) => ({
        id: item.id,
        kind: item.kind,
        title: item.title,
        speaker: item.speaker,
        note: item.note,
        start: iso(item.start),
        end: iso(item.end),
        actualStart: isoOrNull(item.actualStart),
        actualEnd: isoOrNull(item.actualEnd),
      })),
    },
    board: {
      phase: state.board.phase,
      settings: documentSettings(state.board.settings),
      groups: Object.values(state.board.groups).map((g) => ({ id: g.id, sector: g.sector, title: g.title })),
      ideas: state.board.ideas.map((idea) => ({
        id: idea.id,
        sector: idea.sector,
        ...contentOf(idea),
        authorId: authorOf(idea.authorId),
        createdAt: iso(idea.createdAt),
        updatedAt: iso(idea.updatedAt),
        version: idea.version,
        hidden: idea.hidden,
        ...(idea.pending ? { pending: true } : {}),
        groupId: idea.groupId,
        ...ideaTableToDocument(idea),
      })),
      ...boardTablesToDocument(state),
    },
    votes,
    ...engagementToDocument(state, identified),
  };
}
