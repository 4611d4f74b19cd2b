import { describe, expect, it } from 'vitest';
import type { CommandName } from '../../shared/contract';
import type { BoardPhase } from '../../shared/board/types';
import type { DomainEvent } from '../../shared/events';
import type { Actor } from '../../shared/state';
import { anna, bo, decide, facilitator, projector, sessionWith } from '../helpers/domain';

const annasIdea = (phaseAfter: BoardPhase): DomainEvent[] => [
  {
    type: 'idea:added',
    idea: {
      id: 'idea-anna-1', sector: 'civil', text: 'Lektiecafé med frivillige', partner: 'Røde Kors', libraryBrings: '', partnerBrings: '',
      gains: [], reasons: [], kind: {}, authorId: 'anna-00001', createdAt: 1, updatedAt: 1, version: 1, hidden: false, groupId: null, tableId: null,
      votes: { 'bo-0000001': 1 },
    },
  },
  { type: 'board:phaseChanged', phase: phaseAfter },
];

type Row = [CommandName, Record<string, unknown>, BoardPhase, 'author' | 'other' | 'facilitator' | 'projector', string];
const actorOf = { author: anna, other: bo, facilitator, projector } satisfies Record<string, Actor>;
const phases: BoardPhase[] = ['closed', 'collecting', 'voting', 'results'];

// Expected outcome per phase, in the order closed / collecting / voting / results.
const matrix: [CommandName, Record<string, unknown>, Record<Row[3], string>][] = [
  ['idea:add', { id: 'idea-new-01', sector: 'public', text: 'Fælles læsekampagne' }, {
    author: 'wrong_phase ok wrong_phase wrong_phase', other: 'wrong_phase ok wrong_phase wrong_phase',
    facilitator: 'ok ok ok ok', projector: 'forbidden forbidden forbidden forbidden' }],
  ['idea:edit', { id: 'idea-anna-1', baseVersion: 1, text: 'Lektiecafé hver tirsdag' }, {
    author: 'wrong_phase ok wrong_phase wrong_phase', other: 'forbidden forbidden forbidden forbidden',
    facilitator: 'ok ok ok ok', projector: 'forbidden forbidden forbidden forbidden' }],
  ['idea:delete', { id: 'idea-anna-1' }, {
    author: 'wrong_phase ok wrong_phase wrong_phase', other: 'forbidden forbidden forbidden forbidden',
    facilitator: 'ok ok ok ok', projector: 'forbidden forbidden forbidden forbidden' }],
  ['idea:hide', { id: 'idea-anna-1', hidden: true }, {
    author: 'forbidden forbidden forbidden forbidden', other: 'forbidden forbidden forbidden forbidden',
    facilitator: 'ok ok ok ok', projector: 'forbidden forbidden forbidden forbidden' }],
  ['idea:move', { id: 'idea-anna-1', sector: 'market' }, {
    author: 'forbidden forbidden forbidden forbidden', other: 'forbidden forbidden forbidden forbidden',
    facilitator: 'ok ok ok ok', projector: 'forbidden forbidden forbidden forbidden' }],
  ['board:phase', { phase: 'closed' }, {
    author: 'forbidden forbidden forbidden forbidden', other: 'forbidden forbidden forbidden forbidden',
    facilitator: 'ok ok ok ok', projector: 'forbidden forbidden forbidden forbidden' }],
  ['vote:cast', { ideaId: 'idea-anna-1' }, {
    author: 'wrong_phase wrong_phase ok wrong_phase', other: 'wrong_phase wrong_phase limit_reached wrong_phase',
    facilitator: 'forbidden forbidden forbidden forbidden', projector: 'forbidden forbidden forbidden forbidden' }],
  ['vote:retract', { ideaId: 'idea-anna-1' }, {
    author: 'wrong_phase wrong_phase not_found wrong_phase', other: 'wrong_phase wrong_phase ok wrong_phase',
    facilitator: 'forbidden forbidden forbidden forbidden', projector: 'forbidden forbidden forbidden forbidden' }],
];

const rows: Row[] = matrix.flatMap(([name, payload, byActor]) =>
  (Object.keys(byActor) as Row[3][]).flatMap((who) =>
    byActor[who].split(' ').map((outcome, i): Row => [name, payload, phases[i]!, who, outcome]),
  ),
);

describe('board permissions in every phase', () => {
  it.each(rows)('%s %j in %s by %s → %s', (name, payload, phase, who, expected) => {
    const state = sessionWith(annasIdea(phase));
    const result = decide(state, actorOf[who], name, payload as never);
    if (expected === 'ok') {
      expect(result).toHaveProperty('events');
    } else {
      expect(result).toEqual({ error: expected });
    }
  });
});
