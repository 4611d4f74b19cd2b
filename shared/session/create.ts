import type { AgendaItem } from '../agenda/types';
import { emptyBoard } from '../board/initial';
import type { BoardState } from '../board/types';
import { preparedPoll } from '../poll/prepared';
import type { SessionCreated } from './events';
import type { Template } from '../templates/outOfTheBox';
import { zonedTimeToEpoch } from '../time';


/** The first event of a session made from a template, its agenda placed on `date` in Copenhagen. */
export function createFromTemplate(
  template: Template,
  opts: { sessionId: string; joinCode: string; date: string; title?: string; newId: () => string; board?: BoardState },
): SessionCreated {
  const agenda: AgendaItem[] = template.agenda.map((item) => ({
    id: opts.newId(),
    kind: item.kind,
    title: item.title,
    speaker: item.speaker,
    note: '',
    start: zonedTimeToEpoch(opts.date, item.start),
    end: zonedTimeToEpoch(opts.date, item.end),
    actualStart: null,
    actualEnd: null,
    countdownFrom: null,
  }));
  const polls = (template.polls ?? []).map((p) => preparedPoll({ ...p, itemId: agenda[p.item]?.id ?? null }, opts.newId()));
  return {
    type: 'session:created',
    sessionId: opts.sessionId,
    title: opts.title ?? template.title,
    joinCode: opts.joinCode,
    date: opts.date,
    agenda,
    board: opts.board ?? { ...emptyBoard(), tables: template.tables ?? [] },
    polls,
  };
}
