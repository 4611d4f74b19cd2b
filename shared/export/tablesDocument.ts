// The tables in the JSON export: present only for a board held at tables, so a one-room export reads as before and
// an export of an older release (no tables) imports as a board without tables.
import { z } from 'zod';
import type { BoardState, Idea, TablePicks } from '../board/types';
import { tableLimits } from '../limits';
import { idSchema } from '../schemas';
import type { SessionState } from '../state';
import { tableIdSchema, tableSchema } from '../tables/schemas';

const picksSchema = z
  .array(z.strictObject({ tableId: tableIdSchema, ideas: z.array(z.strictObject({ id: idSchema, votes: z.number().int().min(1) })).max(tableLimits.picksPerTable) }))
  .max(tableLimits.perBoard);

/** Added to the document's board. */
export const boardTablesShape = {
  tables: z.array(tableSchema).max(tableLimits.perBoard).optional(),
  voting: z
    .strictObject({
      rounds: z.union([z.literal(1), z.literal(2)]),
      picksPerTable: z.number().int().min(1).max(tableLimits.picksPerTable),
      round: z.union([z.literal(1), z.literal(2)]),
      picks: picksSchema,
    })
    .optional(),
};
export const ideaTableShape = { tableId: tableIdSchema.optional() };
/** A vote of round one (absent: the vote's only or last round). */
export const voteRoundShape = { round: z.literal(1).optional() };
export const participantTableShape = { tableId: tableIdSchema.optional() };

type DocumentBoardTables = { tables?: z.infer<typeof boardTablesShape.tables>; voting?: z.infer<typeof boardTablesShape.voting> };

export function boardTablesToDocument(state: SessionState): DocumentBoardTables {
  const { board } = state;
  if (board.tables.length === 0 && !board.ideas.some((idea) => idea.tableId !== null)) return {};
  const { votingRounds: rounds, picksPerTable } = board.settings;
  return { tables: board.tables.map((t) => ({ ...t })), voting: { rounds, picksPerTable, round: board.round, picks: board.picks } };
}

export const ideaTableToDocument = (idea: Idea) => (idea.tableId === null ? {} : { tableId: idea.tableId });

/** The imported board's tables, rounds and picks; ideas keep their table, picks follow their ideas' new ids. */
export function boardTablesFromDocument(doc: DocumentBoardTables, ideaId: (id: string) => string): Pick<BoardState, 'tables' | 'round' | 'picks'> & Partial<BoardState['settings']> {
  const voting = doc.voting;
  const picks: TablePicks[] = (voting?.picks ?? []).map((t) => ({ tableId: t.tableId, ideas: t.ideas.map((p) => ({ id: ideaId(p.id), votes: p.votes })) }));
  return {
    tables: doc.tables ?? [],
    round: voting?.round ?? 1,
    picks,
    ...(voting ? { votingRounds: voting.rounds, picksPerTable: voting.picksPerTable } : {}),
  };
}

/** References a schema cannot see: ideas, people and picks at tables the document does not have. */
export function tableProblems(doc: DocumentBoardTables, ideas: { id: string; tableId?: string }[], people: { id: string; tableId?: string }[], known: Set<string>): string[] {
  const tables = new Set((doc.tables ?? []).map((t) => t.id));
  const problems: string[] = [];
  if (tables.size !== (doc.tables ?? []).length) problems.push('two tables with one id');
  for (const idea of ideas) if (idea.tableId !== undefined && !tables.has(idea.tableId)) problems.push(`idea ${idea.id} is at a missing table`);
  for (const p of people) if (p.tableId !== undefined && !tables.has(p.tableId)) problems.push(`participant ${p.id} is at a missing table`);
  for (const t of doc.voting?.picks ?? []) for (const pick of t.ideas) if (!known.has(pick.id)) problems.push(`a pick of the missing idea ${pick.id}`);
  return problems;
}
