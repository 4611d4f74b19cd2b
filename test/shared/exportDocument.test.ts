import { describe, expect, it } from 'vitest';
import { consistencyProblems } from '../../shared/export/consistency';
import { moveToDate } from '../../shared/export/importDocument';
import type { SessionDocument } from '../../shared/export/sessionDocument';
import { zonedTimeToEpoch } from '../../shared/time';

const at = '2026-11-25T09:00:00.000Z';
function doc(): SessionDocument {
  return {
    schemaVersion: 2,
    exportedAt: at,
    session: { title: 'Dag', date: '2026-11-25', createdAt: at },
    participants: [{ id: 'participant-1', name: 'Anna', joinedAt: at }],
    agenda: { mode: 'manual', items: [] },
    board: {
      phase: 'results',
      settings: { dotsPerParticipant: 3, allowStacking: false, showNamesOnProjector: false, openOnWorkshop: true },
      groups: [{ id: 'group-public', sector: 'public', title: 'Job' }],
      ideas: [
        {
          id: 'idea-0001',
          sector: 'public',
          text: 'Idé',
          partner: '',
          libraryBrings: '',
          partnerBrings: '',
          gains: ['users'],
          reasons: [],
          kind: {},
          authorId: 'participant-1',
          createdAt: at,
          updatedAt: at,
          version: 1,
          hidden: false,
          groupId: 'group-public',
        },
      ],
    },
    votes: [{ participantId: 'participant-1', ideaId: 'idea-0001', dots: 1 }],
    questions: [],
    polls: [],
  };
}

describe('consistencyProblems', () => {
  it('finds nothing wrong with a consistent document', () => {
    expect(consistencyProblems(doc())).toEqual([]);
  });

  it.each<[string, (d: SessionDocument) => void, RegExp]>([
    ['a vote for a missing idea', (d) => d.votes.push({ participantId: 'participant-1', ideaId: 'idea-gone-1', dots: 1 }), /missing idea idea-gone-1/],
    ['a vote by an unknown participant', (d) => (d.votes[0]!.participantId = 'stranger-1'), /unknown participant stranger-1/],
    ['two votes by one participant on one idea', (d) => d.votes.push({ ...d.votes[0]! }), /two votes/],
    ['an unknown author', (d) => (d.board.ideas[0]!.authorId = 'stranger-1'), /unknown author/],
    ['a missing group', (d) => (d.board.ideas[0]!.groupId = 'group-gone'), /missing group/],
    ['a group of another sector', (d) => (d.board.groups[0]!.sector = 'civil'), /group of another sector/],
    ['a gain of another sector', (d) => (d.board.ideas[0]!.gains = ['funds']), /gain funds/],
    ['a duplicate idea id', (d) => d.board.ideas.push({ ...d.board.ideas[0]! }), /duplicate idea id idea-0001/],
    [
      'an agenda item that ends before it starts',
      (d) =>
        d.agenda.items.push({ id: 'item-0001', kind: 'talk', title: 'Oplæg', speaker: '', note: '', start: at, end: at, actualStart: null, actualEnd: null }),
      /ends before it starts/,
    ],
  ])('reports %s', (_name, breakIt, problem) => {
    const broken = doc();
    breakIt(broken);
    expect(consistencyProblems(broken).join('\n')).toMatch(problem);
  });
});

describe('moveToDate', () => {
  it.each([
    ['keeps the wall-clock time across a change to summer time', '2026-03-20', '13:45', '2026-03-30', '2026-03-30T11:45:00.000Z'],
    ['keeps the wall-clock time across a change to winter time', '2026-10-20', '10:00', '2026-11-25', '2026-11-25T09:00:00.000Z'],
    ['keeps an item that ran past midnight on the following day', '2026-11-25', '23:30', '2027-01-04', '2027-01-04T22:30:00.000Z'],
  ])('%s', (_name, from, clock, to, expected) => {
    expect(new Date(moveToDate(zonedTimeToEpoch(from, clock), from, to)).toISOString()).toBe(expected);
  });

  it('moves a time on the day after the workshop to the day after the new date', () => {
    const nextMorning = zonedTimeToEpoch('2026-11-26', '00:30');
    expect(new Date(moveToDate(nextMorning, '2026-11-25', '2026-12-31')).toISOString()).toBe('2026-12-31T23:30:00.000Z');
  });
});
