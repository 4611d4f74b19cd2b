// @vitest-environment jsdom
// The facilitator's board in every phase: what it offers, and that every refused command shows its sentence.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { boardPhases, type BoardPhase } from '../../shared/board/types';
import type { ErrorCode } from '../../shared/errors';
import { BoardConsole } from '../../client/features/board/BoardConsole';
import '../../client/i18n/consoleStrings';
import { send } from '../../client/net/api';
import { anna, apply, bo, facilitator, sessionWith } from '../kit/domain';
import { componentTests, expectRefusalShown, type FakeSend, facilitatorDoes, refuseWith, seedStore } from '../kit/ui';

vi.mock('../../client/net/api', () => ({ send: vi.fn() }));
const sent = send as FakeSend;
componentTests();

const IDS = { lektiecafe: 'idea-lektiecafe', kaffebar: 'idea-kaffebar1', group: 'group-caffeer' };

/** A board with two public ideas (one grouped), in `phase`. */
function boardIn(phase: BoardPhase, settings: { requireApproval?: boolean } = {}) {
  let state = facilitatorDoes(sessionWith(), ['board:phase', { phase: 'collecting' }], ['board:settings', settings]);
  state = apply(state, anna, 'idea:add', { id: IDS.lektiecafe, sector: 'public', text: 'Lektiecafé med Røde Kors' });
  state = apply(state, bo, 'idea:add', { id: IDS.kaffebar, sector: 'public', text: 'Kaffebar i biblioteket' });
  if (settings.requireApproval) return state;
  state = facilitatorDoes(state, ['group:create', { id: IDS.group, sector: 'public', title: 'Caféer' }], ['idea:group', { id: IDS.kaffebar, groupId: IDS.group }]);
  return phase === 'collecting' ? state : facilitatorDoes(state, ['board:phase', { phase }]);
}

function renderConsole(phase: BoardPhase, settings: { requireApproval?: boolean } = {}) {
  seedStore(boardIn(phase, settings), facilitator);
  return render(<BoardConsole />);
}

const click = (element: HTMLElement) => act(async () => fireEvent.click(element));
const choose = (element: HTMLElement, value: string) => act(async () => fireEvent.change(element, { target: { value } }));
const openActions = (text: string) => click(screen.getByRole('button', { name: new RegExp(`Flere handlinger: ${text}`) }));

beforeEach(() => {
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  vi.spyOn(window, 'prompt').mockReturnValue('Læring');
});

describe('the facilitator board in each phase', () => {
  it.each(boardPhases.filter((p) => p !== 'closed'))('in %s shows the ideas by sector and the phase chosen', (phase) => {
    renderConsole(phase);
    expect(screen.getByTestId(`phase-${phase}`).getAttribute('aria-checked') ?? screen.getByTestId(`phase-${phase}`).getAttribute('aria-pressed')).toBe('true');
    const column = screen.getByTestId('column-public');
    expect(within(column).getByText('Lektiecafé med Røde Kors')).toBeTruthy();
    expect(within(column).getByTestId('group').textContent).toContain('Kaffebar i biblioteket');
  });

  it('shows no columns while the board is closed and empty', () => {
    seedStore(sessionWith(), facilitator);
    render(<BoardConsole />);
    expect(screen.queryByTestId('column-public')).toBeNull();
  });
});

describe('a refused command on the facilitator board says why', () => {
  const refusals: [string, ErrorCode, () => Promise<unknown>][] = [
    ['the phase', 'wrong_phase', () => click(screen.getByTestId('phase-voting'))],
    ['a setting', 'forbidden', () => click(screen.getByTestId('setting-allowStacking'))],
    ['hiding an idea', 'not_found', async () => (await openActions('Lektiecafé'), click(screen.getByRole('button', { name: 'Skjul' })))],
    ['deleting an idea', 'unavailable', async () => (await openActions('Lektiecafé'), click(screen.getByRole('button', { name: 'Slet' })))],
    ['moving an idea', 'rate_limited', async () => (await openActions('Lektiecafé'), choose(screen.getByRole('combobox', { name: 'Flyt til …' }), 'civil'))],
    ['merging ideas', 'conflict', async () => (await openActions('Lektiecafé'), choose(screen.getByRole('combobox', { name: 'Flet ind i …' }), IDS.kaffebar))],
    ['grouping an idea', 'not_found', async () => (await openActions('Lektiecafé'), choose(screen.getByRole('combobox', { name: 'Gruppe …' }), IDS.group))],
    ['a new group', 'limit_reached', () => click(within(screen.getByTestId('column-civil')).getByRole('button', { name: /Ny gruppe/ }))],
    ['deleting a group', 'internal', () => click(screen.getByTestId('group-delete'))],
    ['the facilitator’s own idea', 'too_large', async () => {
      fireEvent.change(screen.getByTestId('console-idea-text'), { target: { value: 'Fra facilitatoren' } });
      await click(screen.getByTestId('console-add-idea'));
    }],
  ];

  it.each(refusals)('refusing %s with %s shows its sentence', async (_what, code, act) => {
    renderConsole('collecting');
    refuseWith(sent, code);
    await act();
    expect(sent).toHaveBeenCalled();
    await expectRefusalShown(code);
  });

  it('refusing an approval shows its sentence', async () => {
    renderConsole('collecting', { requireApproval: true });
    refuseWith(sent, 'forbidden');
    await click(screen.getByTestId('approve-all'));
    await expectRefusalShown('forbidden');
  });

  it('shows a refused setting, not the older refusal of a phase change', async () => {
    renderConsole('collecting');
    refuseWith(sent, 'wrong_phase');
    await click(screen.getByTestId('phase-voting'));
    await expectRefusalShown('wrong_phase');
    refuseWith(sent, 'forbidden');
    await click(screen.getByTestId('setting-allowStacking'));
    await expectRefusalShown('forbidden');
  });

  it('says it in English on an English console', async () => {
    seedStore(boardIn('collecting'), facilitator, 'en');
    render(<BoardConsole />);
    refuseWith(sent, 'wrong_phase');
    await click(screen.getByTestId('phase-voting'));
    await expectRefusalShown('wrong_phase', {}, 'en');
  });
});
