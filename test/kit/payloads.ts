// One valid payload per command, naming real ids: the starting point for hostile mutations and refusal tables.
import type { CommandName, CommandPayload } from '../../shared/contract';
import { newId } from './testServer';

export type ValidPayloads = { [K in CommandName]: CommandPayload<K> };

/** The commands a participant may send; every other command is the facilitator's alone. */
export const participantCommands = [
  'participant:rename',
  'participant:forget',
  'idea:add',
  'idea:edit',
  'idea:delete',
  'vote:cast',
  'vote:retract',
  'table:choose',
  'question:ask',
  'question:upvote',
  'question:unvote',
  'poll:answer',
] as const;

export function validPayloads(ids: { ideaA: string; ideaB: string; groupId: string; itemId: string; questionId?: string; pollId?: string }): ValidPayloads {
  const { ideaA, ideaB, groupId, itemId } = ids;
  const questionId = ids.questionId ?? newId();
  const pollId = ids.pollId ?? newId();
  return {
    'participant:rename': { name: 'Ny' },
    'reaction:switch': { itemId, enabled: false },
    'agenda:add': { id: 'agenda-item-new', item: { kind: 'talk', title: 'Oplæg', start: '10:00', end: '10:30' }, shiftRest: true },
    'agenda:edit': { id: itemId, changes: { title: 'Velkommen', start: '09:00' } },
    'agenda:remove': { id: itemId },
    'agenda:reorder': { id: itemId, toIndex: 1 },
    'agenda:extend': { minutes: 5 },
    'agenda:shift': { minutes: -5 },
    'agenda:start': {},
    'agenda:goto': { id: itemId },
    'agenda:next': {},
    'agenda:previous': {},
    'agenda:mode': { mode: 'manual' },
    'idea:add': { id: newId(), sector: 'civil', text: 'Ny idé', partner: 'Røde Kors', gains: ['funds'], reasons: ['network'], kind: { reach: 'local' } },
    'idea:edit': { id: ideaA, baseVersion: 1, text: 'Rettet' },
    'idea:delete': { id: ideaA },
    'idea:hide': { id: ideaA, hidden: true },
    'idea:move': { id: ideaA, sector: 'market' },
    'idea:merge': { sourceId: ideaA, targetId: ideaB },
    'idea:group': { id: ideaA, groupId },
    'group:create': { id: newId(), sector: 'civil', title: 'Ny gruppe' },
    'group:rename': { id: groupId, title: 'Omdøbt' },
    'group:delete': { id: groupId },
    'board:phase': { phase: 'voting' },
    'board:settings': { dotsPerParticipant: 5 },
    'vote:cast': { ideaId: ideaA },
    'vote:retract': { ideaId: ideaA },
    'idea:review': { ids: [ideaA], decision: 'approve' },
    'board:tables': { tables: [{ id: 'bord-1', name: 'Bord 1' }] },
    'table:choose': { tableId: null },
    'idea:table': { id: ideaA, tableId: null },
    'board:round': { round: 2 },
    'participant:forget': {},
    'question:ask': { id: newId(), itemId, text: 'Hvordan kom I i gang?' },
    'question:upvote': { questionId },
    'question:unvote': { questionId },
    'question:moderate': { questionId, answered: true, highlighted: true },
    'question:merge': { sourceId: questionId, targetId: newId() },
    'question:enable': { itemId, enabled: true },
    'question:settings': { requireApproval: true },
    'poll:create': { id: newId(), itemId, kind: 'single', question: 'Hvilken grund?', options: ['Ressourcer', 'Netværk'] },
    'poll:open': { id: pollId },
    'poll:close': { id: pollId },
    'poll:delete': { id: pollId },
    'poll:present': { id: pollId },
    'poll:answer': { pollId, choices: [0] },
    'poll:ruleWord': { pollId, word: 'og', rule: 'show' },
    'projector:qr': { isLarge: true },
    'projector:show': { show: 'board' },
    'projector:table': { tableId: null },
    'history:undo': { seq: 1 },
    'similar:dismiss': { scope: 'ideas', ids: [ideaA, ideaB] },
    'session:rename': { title: 'Ny titel' },
    'session:reschedule': { date: '2026-12-01', start: '09:30' },
  };
}
