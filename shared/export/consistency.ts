// What a schema cannot see in an imported document: references between its parts.
import { OTHERS } from '../board/dots';
import { isGainOfSector } from '../board/framework';
import { engagementProblems } from './engagementDocument';
import type { SessionDocument } from './sessionDocument';
import { tableProblems } from './tablesDocument';

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/** Every broken reference, in words; empty when the document can be imported. */
export function consistencyProblems(doc: SessionDocument): string[] {
  const problems: string[] = [];
  const lists = {
    participant: doc.participants.map((p) => p.id),
    'agenda item': doc.agenda.items.map((i) => i.id),
    group: doc.board.groups.map((g) => g.id),
    idea: doc.board.ideas.map((i) => i.id),
    question: doc.questions.map((q) => q.id),
    poll: doc.polls.map((p) => p.id),
  };
  for (const [what, ids] of Object.entries(lists)) for (const id of duplicates(ids)) problems.push(`duplicate ${what} id ${id}`);

  // OTHERS stands for people the document does not name: always known.
  const participants = new Set([...lists.participant, OTHERS]);
  const groups = new Map(doc.board.groups.map((g) => [g.id, g]));
  const ideas = new Set(lists.idea);
  for (const item of doc.agenda.items) if (item.start >= item.end) problems.push(`agenda item ${item.id} ends before it starts`);
  for (const idea of doc.board.ideas) {
    if (idea.authorId !== null && !participants.has(idea.authorId)) problems.push(`idea ${idea.id} has an unknown author`);
    const group = idea.groupId === null ? null : groups.get(idea.groupId);
    if (group === undefined) problems.push(`idea ${idea.id} is in a missing group`);
    else if (group && group.sector !== idea.sector) problems.push(`idea ${idea.id} is in a group of another sector`);
    for (const tag of idea.gains) if (!isGainOfSector(idea.sector, tag)) problems.push(`idea ${idea.id} has gain ${tag}, not one of its sector`);
  }
  const voted = new Set<string>();
  for (const vote of doc.votes) {
    if (!ideas.has(vote.ideaId)) problems.push(`a vote for the missing idea ${vote.ideaId}`);
    if (!participants.has(vote.participantId)) problems.push(`a vote by the unknown participant ${vote.participantId}`);
    const key = `${vote.participantId}/${vote.ideaId}/${vote.round ?? 0}`;
    if (voted.has(key)) problems.push(`two votes by ${vote.participantId} on ${vote.ideaId}`);
    voted.add(key);
  }
  problems.push(...engagementProblems(doc, new Set(lists['agenda item']), participants));
  problems.push(...tableProblems(doc.board, doc.board.ideas, doc.participants, ideas));
  return problems;
}
