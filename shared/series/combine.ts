// A series of workshops seen together: per workshop its figures, then the ideas, partners, polls and questions
// side by side and combined. Pure: the organiser's routes hand it the stored states.
import { sectors } from '../board/framework';
import { rankedIdeas } from '../export/ideaRows';
import { summarise } from '../export/summary';
import type { CombinedIdea, CombinedView, ItemQuestions, PartnerCount, WorkshopSummary } from '../http/combined';
import type { SessionState } from '../state';
import { comparedPolls } from './comparePolls';
import { KeyedCounter } from '../words/keyedCounter';
import { textKey } from '../words/textKey';

/** How many ideas of each sector the series' own ranking lists. */
export const TOP_PER_SECTOR = 10;

function summaryOf(state: SessionState, ideas: readonly CombinedIdea[]): WorkshopSummary {
  // Participants do not depend on the rows: none are made.
  const { participants } = summarise(state, [], 'da');
  const perSector = sectors.map((sector) => {
    const own = ideas.filter((idea) => idea.sector === sector);
    return { sector, ideas: own.length, votes: own.reduce((sum, idea) => sum + idea.votes, 0) };
  });
  const votes = perSector.reduce((sum, s) => sum + s.votes, 0);
  return {
    id: state.id,
    title: state.title,
    date: state.date,
    status: state.status,
    participants,
    ideas: ideas.length,
    votes,
    questions: state.questions.questions.filter(isSeen).length,
    pollAnswers: state.polls.polls.reduce((sum, poll) => sum + poll.tally.respondents, 0),
    sectors: perSector.map((s) => ({ ...s, share: ideas.length ? s.ideas / ideas.length : 0 })),
  };
}

const isSeen = (q: { approved: boolean; hidden: boolean }) => q.approved && !q.hidden;

/** The visible ideas of one workshop, ranked within each sector as its own results ranked them. */
export function combinedIdeas(state: SessionState): CombinedIdea[] {
  const groupTitle = new Map(Object.values(state.board.groups).map((g) => [g.id, g.title]));
  // Its place in its sector's list; the workshop's own ranking leaves ideas without votes unranked.
  const places = new Map<string, number>();
  return rankedIdeas(state).map(({ sector, idea, votes }) => ({
    workshopId: state.id,
    sector,
    rank: places.set(sector, (places.get(sector) ?? 0) + 1).get(sector)!,
    text: idea.text,
    partner: idea.partner,
    group: idea.groupId ? (groupTitle.get(idea.groupId) ?? '') : '',
    votes,
  }));
}

function topBySector(ideas: readonly CombinedIdea[]): CombinedView['topBySector'] {
  return sectors.map((sector) => ({
    sector,
    ideas: ideas
      .filter((idea) => idea.sector === sector && idea.votes > 0)
      .sort((a, b) => b.votes - a.votes)
      .slice(0, TOP_PER_SECTOR),
  }));
}

function partnerCounts(ideas: readonly CombinedIdea[]): PartnerCount[] {
  const counter = new KeyedCounter(() => ({ votes: 0, workshops: new Set<string>() }));
  for (const idea of ideas) {
    const extra = counter.add(idea.partner);
    if (!extra) continue;
    extra.votes += idea.votes;
    extra.workshops.add(idea.workshopId);
  }
  return counter.ranked().map(({ label, count, extra }) => ({ label, ideas: count, votes: extra.votes, workshopIds: [...extra.workshops] }));
}

/** The same programme item (by its title) across workshops, with the questions each room saw, most upvoted first. */
function questionsByItem(states: readonly SessionState[]): ItemQuestions[] {
  const byItem = new Map<string, ItemQuestions>();
  for (const state of states) {
    for (const item of state.agenda.items) {
      const questions = state.questions.questions
        .filter((q) => q.itemId === item.id && isSeen(q))
        .sort((a, b) => b.votes - a.votes)
        .map(({ text, votes, answered }) => ({ text, votes, answered }));
      if (!questions.length) continue;
      const key = textKey(item.title);
      let entry = byItem.get(key);
      if (!entry) byItem.set(key, (entry = { item: item.title, perWorkshop: [] }));
      entry.perWorkshop.push({ workshopId: state.id, questions });
    }
  }
  return [...byItem.values()];
}

/** The combined view of these workshops, in the order given. */
export function combine(states: readonly SessionState[]): CombinedView {
  const ideasPer = states.map(combinedIdeas);
  const ideas = ideasPer.flat();
  return {
    workshops: states.map((state, i) => summaryOf(state, ideasPer[i]!)),
    ideas,
    topBySector: topBySector(ideas),
    partners: partnerCounts(ideas),
    polls: comparedPolls(states),
    questions: questionsByItem(states),
  };
}
