// A new session from a JSON export: new ids everywhere, the programme moved to the chosen day.
import type { AgendaItem } from '../agenda/types';
import { OTHERS } from '../board/dots';
import { emptyBoard } from '../board/initial';
import { withEntry } from '../records';
import { unnamedOfDocument } from '../session/headcount';
import type { BoardState, Idea, IdeaGroup } from '../board/types';
import type { SessionCreated } from '../session/events';
import type { Participant } from '../state';
import { zonedDate, zonedHhmm, zonedTimeToEpoch } from '../time';
import { pollsFromDocument, preparedPollsOf, questionsFromDocument } from './engagementDocument';
import type { SessionDocument } from './sessionDocument';

export const importModes = ['programme', 'full'] as const;
export type ImportMode = (typeof importModes)[number];

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The same wall-clock time in Copenhagen, as many days after `toDate` as it was after `fromDate`. */
export function moveToDate(epoch: number, fromDate: string, toDate: string): number {
  const offset = dayNumber(zonedDate(epoch)) - dayNumber(fromDate);
  return zonedTimeToEpoch(dateOfDay(dayNumber(toDate) + offset), zonedHhmm(epoch));
}

/** Old id -> new id, made on first sight; ids of different kinds are kept apart. */
function renamer(newId: () => string) {
  const fresh = new Map<string, string>();
  return (id: string) => {
    let renamed = fresh.get(id);
    if (renamed === undefined) fresh.set(id, (renamed = newId()));
    return renamed;
  };
}

export interface ImportOptions {
  mode: ImportMode;
  sessionId: string;
  joinCode: string;
  /** The new day; the document's own day when not given. */
  date?: string | undefined;
  title?: string | undefined;
  newId: () => string;
}

/** The first event of the imported session. The document must have passed consistencyProblems(). */
export function createdFromDocument(doc: SessionDocument, opts: ImportOptions): SessionCreated {
  const date = opts.date ?? doc.session.date;
  const at = (iso: string) => moveToDate(Date.parse(iso), doc.session.date, date);
  const itemId = renamer(opts.newId);
  const agenda: AgendaItem[] = doc.agenda.items.map((item) => ({
    id: itemId(item.id),
    kind: item.kind,
    title: item.title,
    speaker: item.speaker,
    note: item.note,
    start: at(item.start),
    end: at(item.end),
    // A new session has not run yet.
    actualStart: null,
    actualEnd: null,
    countdownFrom: null,
  }));
  const base = {
    type: 'session:created' as const,
    sessionId: opts.sessionId,
    title: opts.title ?? doc.session.title,
    joinCode: opts.joinCode,
    date,
    agenda,
  };
  // A programme carries its prepared polls, as drafts; a full import carries the answers and the questions too.
  if (opts.mode === 'programme') return { ...base, board: emptyBoard(doc.board.settings), polls: preparedPollsOf(doc.polls, itemId, opts.newId) };
  const renamed = renamer(opts.newId);
  const participantId = (id: string) => (id === OTHERS ? OTHERS : renamed(id));
  const { board, participants } = boardFromDocument(doc, opts.newId, participantId);
  const ids = { item: itemId, participant: participantId, newId: opts.newId };
  const anonymousDots = doc.votes.reduce((sum, vote) => sum + (vote.participantId === OTHERS ? vote.dots : 0), 0);
  const unnamed = unnamedOfDocument(doc.unnamed, anonymousDots, doc.board.settings.dotsPerParticipant);
  return {
    ...base,
    board,
    participants,
    polls: pollsFromDocument(doc.polls, ids),
    questions: questionsFromDocument(doc.questions, ids),
    ...(unnamed.participants > 0 ? { unnamed } : {}),
  };
}

function boardFromDocument(
  doc: SessionDocument,
  newId: () => string,
  participantId: (id: string) => string,
): { board: BoardState; participants: Record<string, Participant> } {
  const ideaId = renamer(newId);
  const groupId = renamer(newId);
  const participants: Record<string, Participant> = {};
  for (const p of doc.participants) {
    const id = participantId(p.id);
    participants[id] = { id, name: p.name, joinedAt: Date.parse(p.joinedAt) };
  }
  const groups: Record<string, IdeaGroup> = {};
  for (const g of doc.board.groups) {
    const id = groupId(g.id);
    groups[id] = { id, sector: g.sector, title: g.title };
  }
  const votesOf = new Map<string, Record<string, number>>();
  for (const vote of doc.votes) votesOf.set(vote.ideaId, withEntry(votesOf.get(vote.ideaId) ?? {}, participantId(vote.participantId), vote.dots));
  const ideas: Idea[] = doc.board.ideas.map((idea) => ({
    ...idea,
    id: ideaId(idea.id),
    gains: idea.gains as Idea['gains'],
    reasons: idea.reasons as Idea['reasons'],
    kind: idea.kind as Idea['kind'],
    authorId: idea.authorId === null ? null : participantId(idea.authorId),
    groupId: idea.groupId === null ? null : groupId(idea.groupId),
    tableId: null,
    createdAt: Date.parse(idea.createdAt),
    updatedAt: Date.parse(idea.updatedAt),
    votes: votesOf.get(idea.id) ?? {},
  }));
  return {
    board: { ...emptyBoard(doc.board.settings), phase: doc.board.phase, groups, ideas },
    participants,
  };
}
