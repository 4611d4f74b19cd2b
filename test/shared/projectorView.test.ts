import { describe, expect, it } from 'vitest';
import { type ProjectorSituation, projectorView } from '../../shared/projector/view';

const at = (s: Partial<ProjectorSituation>): ProjectorSituation => ({
  projector: { isQrLarge: false, override: null },
  currentItemId: 'talk',
  currentKind: 'talk',
  boardPhase: 'closed',
  isPollPresented: false,
  hasQuestions: true,
  ...s,
});

describe('what the projector shows', () => {
  it.each([
    ['a talk with questions shows them', at({}), 'questions'],
    ['a talk without questions shows the programme', at({ hasQuestions: false }), 'programme'],
    ['an open board does not push a talk off', at({ boardPhase: 'collecting' }), 'questions'],
    ['a break with the board opened shows the board', at({ currentItemId: 'break', currentKind: 'break', boardPhase: 'collecting' }), 'board'],
    ['the workshop shows its board', at({ currentItemId: 'ws', currentKind: 'workshop', boardPhase: 'voting' }), 'board'],
    ['the workshop before the board opens shows the programme', at({ currentItemId: 'ws', currentKind: 'workshop' }), 'programme'],
    ['before the day with the board open shows the board', at({ currentItemId: null, currentKind: null, boardPhase: 'results' }), 'board'],
    ['a presented poll goes over a talk', at({ isPollPresented: true }), 'poll'],
    ['a presented poll goes over the board', at({ currentKind: 'workshop', boardPhase: 'collecting', isPollPresented: true }), 'poll'],
    [
      "the facilitator's board during the talk goes over its questions",
      at({ boardPhase: 'collecting', projector: { isQrLarge: false, override: { show: 'board', itemId: 'talk' } } }),
      'board',
    ],
    [
      "the facilitator's programme during the workshop goes over the board",
      at({ currentItemId: 'ws', currentKind: 'workshop', boardPhase: 'collecting', projector: { isQrLarge: false, override: { show: 'programme', itemId: 'ws' } } }),
      'programme',
    ],
    [
      'a choice made during the break lapses when the talk starts',
      at({ boardPhase: 'collecting', projector: { isQrLarge: false, override: { show: 'board', itemId: 'break' } } }),
      'questions',
    ],
    [
      'the board chosen while it is closed shows the programme',
      at({ hasQuestions: false, projector: { isQrLarge: false, override: { show: 'board', itemId: 'talk' } } }),
      'programme',
    ],
    ['a state from before the choice existed follows the day', at({ projector: { isQrLarge: false } }), 'questions'],
  ])('%s', (_name, situation, view) => {
    expect(projectorView(situation)).toBe(view);
  });
});
