// The few numbers the organiser's sessions list shows, kept per session so the list never replays a history.
import { voteTotal } from '../board/ideas';
import type { SessionState } from '../state';

export interface SessionListing {
  sessionId: string;
  /** The sequence number these figures are true at. */
  seq: number;
  title: string;
  date: string;
  participants: number;
  /** Visible ideas, and the dots on them: what the report counts. */
  ideas: number;
  votes: number;
}

export function listingOf(state: SessionState): SessionListing {
  let ideas = 0;
  let votes = 0;
  for (const idea of state.board.ideas) {
    if (idea.hidden) continue;
    ideas += 1;
    votes += voteTotal(idea);
  }
  return { sessionId: state.id, seq: state.seq, title: state.title, date: state.date, participants: Object.keys(state.participants).length, ideas, votes };
}
