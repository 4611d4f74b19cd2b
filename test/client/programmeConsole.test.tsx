// @vitest-environment jsdom
// The facilitator's programme before and during the day: the presenter bar, the run controls and the list, and
// that every refused command shows its sentence (and the latest refusal, not an older one of another control).
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorCode } from '../../shared/errors';
import { AgendaConsole } from '../../client/features/agenda/AgendaConsole';
import { PresenterBar } from '../../client/features/presenter/PresenterBar';
import '../../client/i18n/consoleStrings';
import { send } from '../../client/net/api';
import { facilitator, sessionWith } from '../kit/domain';
import { componentTests, expectRefusalShown, type FakeSend, facilitatorDoes, refuseWith, seedStore } from '../kit/ui';

vi.mock('../../client/net/api', () => ({ send: vi.fn() }));
const sent = send as FakeSend;
componentTests();

const notStarted = () => sessionWith();
/** The day started, the second item on (a talk), the board open. */
const running = () => facilitatorDoes(sessionWith(), ['agenda:start', {}], ['agenda:next', {}], ['board:phase', { phase: 'collecting' }]);

function renderProgramme(state = running()) {
  seedStore(state, facilitator);
  return render(
    <>
      <PresenterBar />
      <AgendaConsole />
    </>,
  );
}

const click = (element: HTMLElement) => act(async () => fireEvent.click(element));
const submit = (element: HTMLElement) => act(async () => fireEvent.submit(element));

beforeEach(() => vi.spyOn(window, 'confirm').mockReturnValue(true));

describe('the facilitator programme in each phase of the day', () => {
  it('offers to start the day before it has started, and no way back', () => {
    renderProgramme(notStarted());
    expect(screen.getByTestId('agenda-start')).toBeTruthy();
    expect(screen.queryByTestId('agenda-previous')).toBeNull();
  });

  it('runs the day once started: previous, next, five more minutes and the board’s next step', () => {
    renderProgramme();
    expect(screen.queryByTestId('agenda-start')).toBeNull();
    for (const id of ['agenda-previous', 'agenda-next', 'extend-5', 'phase-forward']) expect(screen.getByTestId(id)).toBeTruthy();
    expect(screen.getByTestId('phase-forward').textContent).toMatch(/afstemning/i);
  });
});

describe('a refused command in the programme says why', () => {
  const refusals: [string, ErrorCode, () => Promise<unknown>][] = [
    ['next', 'wrong_phase', () => click(screen.getByTestId('agenda-next'))],
    ['previous', 'not_found', () => click(screen.getByTestId('agenda-previous'))],
    ['five more minutes', 'too_large', () => click(screen.getByTestId('extend-5'))],
    ['the board’s next step', 'forbidden', () => click(screen.getByTestId('phase-forward'))],
    ['the QR on the projector', 'rate_limited', () => click(screen.getByTestId('show-qr'))],
    ['ten more minutes', 'unavailable', () => click(screen.getByTestId('extend-10'))],
    ['we are late', 'invalid_payload', () => click(screen.getByTestId('agenda-shift'))],
    ['following the clock', 'conflict', () => click(screen.getByTestId('agenda-mode-clock'))],
    ['making an item current', 'not_found', () => click(screen.getAllByTestId('item-goto')[3]!)],
    ['moving an item down', 'internal', () => click(screen.getAllByRole('button', { name: 'Flyt ned' })[0]!)],
    ['deleting an item', 'forbidden', () => click(screen.getAllByRole('button', { name: 'Slet' })[0]!)],
    ['a new item', 'conflict', async () => {
      await click(screen.getByTestId('agenda-add'));
      fireEvent.change(screen.getByTestId('item-title'), { target: { value: 'Ekstra pause' } });
      fireEvent.change(screen.getByTestId('item-start'), { target: { value: '16:00' } });
      fireEvent.change(screen.getByTestId('item-end'), { target: { value: '16:15' } });
      await submit(screen.getByTestId('item-form'));
    }],
  ];

  it.each(refusals)('refusing %s with %s shows its sentence', async (_what, code, act) => {
    renderProgramme();
    refuseWith(sent, code);
    await act();
    expect(sent).toHaveBeenCalled();
    await expectRefusalShown(code);
  });

  it('refusing the start of the day shows its sentence', async () => {
    renderProgramme(notStarted());
    refuseWith(sent, 'unavailable');
    await click(screen.getByTestId('agenda-start'));
    await expectRefusalShown('unavailable');
  });

  it.each([
    ['a refused step of the board on the presenter bar, not the older refusal of next', 'agenda-next', 'wrong_phase', 'phase-forward', 'forbidden'],
    ['a refused switch to the clock, not the older refusal of more minutes', 'extend-10', 'too_large', 'agenda-mode-clock', 'conflict'],
  ] as const)('shows %s', async (_what, first, firstCode, then, thenCode) => {
    renderProgramme();
    refuseWith(sent, firstCode);
    await click(screen.getByTestId(first));
    refuseWith(sent, thenCode);
    await click(screen.getByTestId(then));
    await expectRefusalShown(thenCode);
  });
});
