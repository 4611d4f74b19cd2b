// The one row model of an idea that the CSV, the XLSX sheets and the report all print.
import { gainsBySector, type Label, partnershipKinds, reasons, sectorLabels, sectors, type Sector } from '../board/framework';
import { byVotes } from '../board/selectors';
import { voteTotal } from '../board/ideas';
import { tableName } from '../tables/seats';
import type { Idea } from '../board/types';
import type { SessionState } from '../state';
import { zonedClock, zonedDate } from '../time';
import { exportWords, ideaHeadings, type ExportLanguage } from './labels';
import { ownValue } from '../records';

export interface IdeaRow {
  sectorKey: Sector;
  sector: string;
  /** The name of its table; '' for none. */
  table: string;
  tableId: string | null;
  /** Its dots of round one in a two-round vote (`votes` then holds round two's). */
  roundOneVotes: number;
  /** Its place in its sector's ranking; empty for an idea no one voted for, which has no place. */
  rank: number | '';
  group: string;
  text: string;
  partner: string;
  libraryBrings: string;
  partnerBrings: string;
  gains: string;
  reasons: string;
  reach: string;
  duration: string;
  projectType: string;
  character: string;
  votes: number;
  author: string;
  created: string;
  /** When the idea was created (epoch ms), for formats with real date cells. */
  createdAt: number;
}

export type IdeaColumn = keyof typeof ideaHeadings;

/** Several tags in one cell; the labels themselves contain commas, so a semicolon separates them. */
export const LIST_SEPARATOR = '; ';

/** 'YYYY-MM-DD HH.MM' in Europe/Copenhagen. */
export function zonedStamp(epoch: number): string {
  return `${zonedDate(epoch)} ${zonedClock(epoch)}`;
}

/** Names are exported only when the facilitator let the room see them. */
export function namesAllowed(state: SessionState): boolean {
  return state.board.settings.showNamesOnProjector;
}

/**
 * Whether the board was held at tables: then the exports say each idea's table. A board held as one room prints
 * as it always did (no "Bord" column, no table sheets or sections).
 */
export function hasTables(state: SessionState): boolean {
  return state.board.tables.length > 0 || state.board.ideas.some((idea) => idea.tableId !== null);
}

/** Whether a first round of a two-round vote has ended: its dots are printed beside round two's. */
export const hasRoundOne = (state: SessionState): boolean => state.board.ideas.some((idea) => idea.roundOne !== undefined);

export function ideaColumns(state: SessionState): IdeaColumn[] {
  const columns: IdeaColumn[] = ['sector', ...(hasTables(state) ? (['table'] as const) : []), 'rank', 'group', 'text', 'partner', 'libraryBrings'];
  columns.push('partnerBrings', 'gains', 'reasons', 'reach', 'duration', 'projectType', 'character');
  if (hasRoundOne(state)) columns.push('roundOneVotes');
  columns.push('votes');
  if (namesAllowed(state)) columns.push('author');
  columns.push('created');
  return columns;
}

const labelOr = (label: Label | undefined, lang: ExportLanguage) => label?.[lang] ?? '';

function kindLabel<D extends keyof typeof partnershipKinds>(dimension: D, value: string | undefined, lang: ExportLanguage) {
  return value ? labelOr((partnershipKinds[dimension] as Record<string, Label>)[value], lang) : '';
}

export interface RankedIdea {
  sector: Sector;
  idea: Idea;
  votes: number;
  rank: number | '';
}

/**
 * Visible ideas, sector by sector in the framework's order, each sector by votes (hidden ideas were moderated
 * away); only ideas with votes are ranked.
 */
export function rankedIdeas(state: SessionState): RankedIdea[] {
  return sectors.flatMap((sector) => byVotes(state.board, sector).map(({ idea, votes }, index) => ({ sector, idea, votes, rank: votes > 0 ? index + 1 : '' })));
}

export function ideaRows(state: SessionState, lang: ExportLanguage): IdeaRow[] {
  return rankedIdeas(state).map(ideaRowMaker(state, lang));
}

/**
 * Turns a ranked idea into its row. Apart from ideaRows so that a large workbook can make its rows a slice at a
 * time, letting the event loop turn in between (20,000 rows take a few hundred milliseconds).
 */
export function ideaRowMaker(state: SessionState, lang: ExportLanguage): (ranked: RankedIdea) => IdeaRow {
  const withNames = namesAllowed(state);
  const authorOf = (idea: Idea) => {
    if (!withNames) return '';
    if (idea.authorId === null) return exportWords.facilitator[lang];
    return ownValue(state.participants, idea.authorId)?.name ?? '';
  };
  // Ideas come in bursts: many share a minute, and formatting a time zone is the slow part of a row.
  const stamps = new Map<number, string>();
  const stampOf = (epoch: number) => {
    const minute = Math.floor(epoch / 60_000);
    let stamp = stamps.get(minute);
    if (stamp === undefined) stamps.set(minute, (stamp = zonedStamp(epoch)));
    return stamp;
  };
  return ({ sector, idea, votes, rank }): IdeaRow => ({
    sectorKey: sector,
    sector: sectorLabels[sector][lang],
    table: tableName(state.board, idea.tableId),
    tableId: idea.tableId,
    roundOneVotes: idea.roundOne ? voteTotal({ ...idea, votes: idea.roundOne }) : 0,
    rank,
    group: idea.groupId ? (ownValue(state.board.groups, idea.groupId)?.title ?? '') : '',
    text: idea.text,
    partner: idea.partner,
    libraryBrings: idea.libraryBrings,
    partnerBrings: idea.partnerBrings,
    gains: idea.gains.map((tag) => labelOr((gainsBySector[sector] as Record<string, Label>)[tag], lang)).join(LIST_SEPARATOR),
    reasons: idea.reasons.map((reason) => labelOr(reasons[reason], lang)).join(LIST_SEPARATOR),
    reach: kindLabel('reach', idea.kind.reach, lang),
    duration: kindLabel('duration', idea.kind.duration, lang),
    projectType: kindLabel('projectType', idea.kind.projectType, lang),
    character: kindLabel('character', idea.kind.character, lang),
    votes,
    author: authorOf(idea),
    created: stampOf(idea.createdAt),
    createdAt: idea.createdAt,
  });
}

/** Headings and cells of the chosen columns: what a spreadsheet or a CSV file holds. */
export function ideaTable(rows: readonly IdeaRow[], columns: readonly IdeaColumn[], lang: ExportLanguage) {
  return {
    headings: columns.map((column) => ideaHeadings[column][lang]),
    cells: rows.map((row) => columns.map((column) => row[column])),
  };
}
