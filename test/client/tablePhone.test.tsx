// @vitest-environment jsdom
// The tables on a phone: sitting down (by a table's link or by choosing), its table's board first with the whole room
// a tap away, only its table while the tables vote, the tables' picks in round two; and the facilitator setting them.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../../shared/state';
import { BoardPhone } from '../../client/features/board/BoardPhone';
import { TablesSetup } from '../../client/features/tables/TablesSetup';
import '../../client/i18n/consoleStrings';
import { send } from '../../client/net/api';
import { anna, apply, bo, sessionWith } from '../kit/domain';
import { componentTests, expectRefusalShown, type FakeSend, facilitatorDoes, refuseWith, seedStore } from '../kit/ui';

vi.mock('../../client/net/api', () => ({ send: vi.fn() }));
const sent = send as FakeSend;
componentTests();

const TABLES = [
  { id: 'aarhus', name: 'Aarhus' },
  { id: 'vejle', name: 'Vejle' },
];

/** Two tables, Anna at Aarhus and Bo at Vejle (unless `seated` is false), an idea from each while collecting. */
function room({ seated = true, rounds = 2 }: { seated?: boolean; rounds?: 1 | 2 } = {}): SessionState {
  let state = facilitatorDoes(sessionWith(), ['board:tables', { tables: TABLES }], ['board:settings', { votingRounds: rounds, picksPerTable: 1 }], ['board:phase', { phase: 'collecting' }]);
  state = apply(state, bo, 'table:choose', { tableId: 'vejle' });
  if (seated) state = apply(state, anna, 'table:choose', { tableId: 'aarhus' });
  state = apply(state, bo, 'idea:add', { id: 'idea-vejle-1', sector: 'public', text: 'Vejles jobcenter på biblioteket' });
  if (seated) state = apply(state, anna, 'idea:add', { id: 'idea-aarhus-1', sector: 'public', text: 'Aarhus lektiecafé' });
  return state;
}

/** The tables' part of the phone, which loads after its first screen (a first import is slow on a loaded machine). */
const tablesLoaded = () => screen.findByTestId('table-board', {}, { timeout: 10_000 });
const listed = () => screen.queryAllByTestId('idea').map((card) => card.textContent ?? '');
const click = (element: HTMLElement) => act(async () => fireEvent.click(element));

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/j/ABC234');
  sent.mockReset();
  sent.mockResolvedValue({ ok: true, data: {} as never });
  vi.spyOn(window, 'confirm').mockReturnValue(true);
});

describe('a phone at a table', () => {
  it('without a table asks which table, and sits down where it is told', async () => {
    seedStore(room({ seated: false }), anna);
    render(<BoardPhone />);
    await tablesLoaded();
    const chooser = screen.getByTestId('table-chooser');
    fireEvent.change(within(chooser).getByTestId('table-choice'), { target: { value: 'vejle' } });
    await click(within(chooser).getByTestId('table-choose'));
    expect(sent).toHaveBeenCalledWith('table:choose', { tableId: 'vejle' });
  });

  it("shows the server's refusal of a table, in words", async () => {
    seedStore(room({ seated: false }), anna);
    render(<BoardPhone />);
    refuseWith(sent, 'not_found');
    const chooser = await screen.findByTestId('table-chooser');
    fireEvent.change(within(chooser).getByTestId('table-choice'), { target: { value: 'aarhus' } });
    await click(within(chooser).getByTestId('table-choose'));
    await expectRefusalShown('not_found');
  });

  it("sits down at the table of the link it came by, once, and takes the table out of the address", async () => {
    history.replaceState(null, '', '/j/ABC234#table=vejle');
    seedStore(room(), anna);
    render(<BoardPhone />);
    await tablesLoaded();
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith('table:choose', { tableId: 'vejle' }));
    await vi.waitFor(() => expect(location.hash).toBe(''));
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('ignores a link to a table the board does not have', async () => {
    history.replaceState(null, '', '/j/ABC234#table=__proto__');
    seedStore(room(), anna);
    render(<BoardPhone />);
    await tablesLoaded();
    await vi.waitFor(() => expect(location.hash).toBe(''));
    expect(sent).not.toHaveBeenCalled();
  });

  it("sees its table's board first, the whole room one tap away", async () => {
    seedStore(room(), anna);
    render(<BoardPhone />);
    expect((await screen.findByTestId('table-seat')).textContent).toContain('Du sidder ved Aarhus');
    await vi.waitFor(() => expect(listed()).toEqual([expect.stringContaining('Aarhus lektiecafé')]));
    await click(screen.getByTestId('table-scope-room'));
    await vi.waitFor(() => expect(listed()).toHaveLength(2));
  });

  it('while the tables vote sees only its table and stays seated there', async () => {
    seedStore(facilitatorDoes(room(), ['board:phase', { phase: 'voting' }]), anna);
    render(<BoardPhone />);
    expect((await screen.findByTestId('table-round')).textContent).toContain('Runde 1');
    await vi.waitFor(() => expect(listed()).toEqual([expect.stringContaining('Aarhus lektiecafé')]));
    expect(screen.queryByTestId('table-scope-room')).toBeNull();
    expect(screen.queryByTestId('table-change')).toBeNull();
  });

  it("in round two sees the tables' picks only", async () => {
    let state = apply(room(), anna, 'idea:add', { id: 'idea-aarhus-2', sector: 'public', text: 'Aarhus uden prikker' });
    state = facilitatorDoes(state, ['board:phase', { phase: 'voting' }]);
    state = apply(state, anna, 'vote:cast', { ideaId: 'idea-aarhus-1', dots: 1 });
    state = apply(state, bo, 'vote:cast', { ideaId: 'idea-vejle-1', dots: 1 });
    state = facilitatorDoes(state, ['board:round', { round: 2 }]);
    seedStore(state, anna);
    render(<BoardPhone />);
    expect((await screen.findByTestId('table-round')).textContent).toContain('Runde 2');
    await vi.waitFor(() => expect(listed().sort()).toEqual([expect.stringContaining('Aarhus lektiecafé'), expect.stringContaining('Vejles jobcenter')]));
  });
});

describe('the facilitator setting the tables', () => {
  it('sends the names typed, a table keeping its id through a rename', async () => {
    seedStore(room(), { role: 'facilitator' });
    render(<TablesSetup tables={TABLES} onPrint={() => {}} />);
    await click(screen.getByTestId('tables-edit'));
    await click(screen.getByTestId('tables-mode-names'));
    fireEvent.change(screen.getByLabelText(/Bordenes navne/), { target: { value: 'Aarhus\nHorsens\nKolding' } });
    expect(screen.queryByTestId('tables-removing')).toBeNull();
    await click(screen.getByTestId('tables-save'));
    const [name, payload] = sent.mock.calls[0]!;
    expect(name).toBe('board:tables');
    expect((payload as { tables: { id: string; name: string }[] }).tables.slice(0, 2)).toEqual([
      { id: 'aarhus', name: 'Aarhus' },
      { id: 'vejle', name: 'Horsens' },
    ]);
  });

  it('says which tables a shorter list removes before it is sent', async () => {
    seedStore(room(), { role: 'facilitator' });
    render(<TablesSetup tables={TABLES} onPrint={() => {}} />);
    await click(screen.getByTestId('tables-edit'));
    // One table left: the first keeps its id (now "Bord 1"), the second goes.
    fireEvent.change(screen.getByLabelText('Antal borde'), { target: { value: '1' } });
    expect(screen.getByTestId('tables-removing').textContent).toBe('Disse borde forsvinder: Vejle. Deres idéer bliver på tavlen.');
  });

  it('sets a number of tables as "Bord 1" … and refuses two tables of one name before sending', async () => {
    seedStore(sessionWith(), { role: 'facilitator' });
    render(<TablesSetup tables={[]} onPrint={() => {}} />);
    await click(screen.getByTestId('tables-edit'));
    fireEvent.change(screen.getByLabelText('Antal borde'), { target: { value: '3' } });
    await click(screen.getByTestId('tables-save'));
    expect((sent.mock.calls[0]![1] as { tables: { name: string }[] }).tables.map((t) => t.name)).toEqual(['Bord 1', 'Bord 2', 'Bord 3']);
    await click(screen.getByTestId('tables-edit'));
    await click(screen.getByTestId('tables-mode-names'));
    fireEvent.change(screen.getByLabelText(/Bordenes navne/), { target: { value: 'Aarhus\naarhus' } });
    expect(screen.getByRole('alert').textContent).toContain('To borde kan ikke hedde det samme');
    expect((screen.getByTestId('tables-save') as HTMLButtonElement).disabled).toBe(true);
  });
});
