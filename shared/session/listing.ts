// The few numbers the organiser's sessions list shows, kept per session so the list never replays a history.
import type { SessionState } from '../state';
import { headcount } from './headcount';

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
  // Written with every commit: a loop without the arrays Object.values would make per idea.
  for (const idea of state.board.ideas) {
    if (idea.hidden) continue;
    ideas += 1;
    for (const participantId in idea.votes) votes += idea.votes[participantId]!;
  }
  return { sessionId: state.id, seq: state.seq, title: state.title, date: state.date, participants: headcount(state), ideas, votes };
}
