// @vitest-environment jsdom
// The board on a phone and on the projector in each phase, and that every command a phone sends and the server
// refuses shows its sentence, announced.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorCode } from '../../shared/errors';
import type { BoardPhase } from '../../shared/board/types';
import { BoardPhone } from '../../client/features/board/BoardPhone';
import { ProjectorIdeas } from '../../client/features/projector/ProjectorIdeas';
import { ProjectorResults } from '../../client/features/projector/ProjectorResults';
import '../../client/i18n/consoleStrings';
import { send } from '../../client/net/api';
import { openOutbox, outboxStore } from '../../client/net/outbox';
import { anna, apply, bo, projector, sessionWith } from '../kit/domain';
import { OutboxStatus } from '../../client/features/outbox/OutboxStatus';
import { translate } from '../../client/i18n';
import { componentTests, type FakeSend, facilitatorDoes, refusalText, refuseWith, seedStore, withoutLayout } from '../kit/ui';

vi.mock('../../client/net/api', () => ({ send: vi.fn() }));
const sent = send as FakeSend;
componentTests();

const IDS = { annas: 'idea-annas-own', bos: 'idea-bos-own1' };

/** Anna's and Bo's ideas in the public sector, the board in `phase`, Bo's idea with one of Anna's dots in results. */
function boardIn(phase: BoardPhase) {
  let state = facilitatorDoes(sessionWith(), ['board:phase', { phase: 'collecting' }]);
  state = apply(state, anna, 'idea:add', { id: IDS.annas, sector: 'public', text: 'Annas lektiecafé' });
  state = apply(state, bo, 'idea:add', { id: IDS.bos, sector: 'public', text: 'Bos kaffebar' });
  if (phase === 'collecting') return state;
  state = facilitatorDoes(state, ['board:phase', { phase: 'voting' }]);
  state = apply(state, anna, 'vote:cast', { ideaId: IDS.bos });
  return phase === 'voting' ? state : facilitatorDoes(state, ['board:phase', { phase }]);
}

const click = (element: HTMLElement) => act(async () => fireEvent.click(element));
const annasCard = () => screen.getAllByTestId('idea').find((card) => card.textContent?.includes('Annas lektiecafé'))!;
const bosCard = () => screen.getAllByTestId('idea').find((card) => card.textContent?.includes('Bos kaffebar'))!;

let closeOutbox: (() => void) | undefined;
beforeEach(() => {
  localStorage.clear();
  vi.spyOn(window, 'confirm').mockReturnValue(true);
});
afterEach(() => act(() => closeOutbox?.()));

describe('the board on a phone in each phase', () => {
  it('while collecting offers the form, and edit and delete on the phone’s own idea only', () => {
    seedStore(boardIn('collecting'), anna);
    render(<BoardPhone />);
    expect(screen.getByTestId('idea-form')).toBeTruthy();
    expect(within(annasCard()).getByRole('button', { name: 'Slet' })).toBeTruthy();
    expect(within(bosCard()).queryByRole('button', { name: 'Slet' })).toBeNull();
  });

  it('while voting shows the dots left and a vote button on every idea', async () => {
    seedStore(boardIn('voting'), anna);
    render(<BoardPhone />);
    expect(screen.queryByTestId('idea-form')).toBeNull();
    // The dots' code loads after the phone's first screen (features/join/lazyPhoneParts.ts).
    expect((await screen.findByTestId('dots-left')).getAttribute('data-left')).toBe('2');
    expect(await screen.findAllByTestId('vote')).toHaveLength(2);
    expect(within(bosCard()).getByTestId('my-dots').getAttribute('data-dots')).toBe('1');
  });

  it('tells the author their idea was hidden by the facilitator, without edit or delete; other phones never see it', () => {
    const hidden = facilitatorDoes(boardIn('collecting'), ['idea:hide', { id: IDS.annas, hidden: true }]);
    seedStore(hidden, anna);
    render(<BoardPhone />);
    expect(within(annasCard()).getByTestId('idea-hidden').textContent).toBe('Skjult af facilitatoren – de andre kan ikke se den');
    expect(within(annasCard()).queryByRole('button', { name: 'Slet' })).toBeNull();
    cleanup();
    seedStore(hidden, bo);
    render(<BoardPhone />);
    expect(document.body.textContent).not.toContain('Annas lektiecafé');
  });

  it('in results ranks only the ideas with votes', async () => {
    seedStore(boardIn('results'), anna);
    render(<BoardPhone />);
    // The results' code loads after the phone's first screen (features/join/lazyPhoneParts.ts).
    expect((await screen.findAllByTestId('result-row')).map((row) => row.getAttribute('data-idea-id'))).toEqual([IDS.bos]);
  });
});

describe('the board on the projector', () => {
  withoutLayout();

  it('shows every idea while collecting', () => {
    seedStore(boardIn('collecting'), projector);
    render(<ProjectorIdeas />);
    expect(document.body.textContent).toContain('Annas lektiecafé');
    expect(document.body.textContent).toContain('Bos kaffebar');
  });

  it('ranks only the ideas with votes in results, and says so where there are none', () => {
    seedStore(boardIn('results'), projector);
    render(<ProjectorResults />);
    const text = document.body.textContent!;
    expect(text).toContain('Bos kaffebar');
    expect(text).not.toContain('Annas lektiecafé');
    expect(screen.getAllByTestId('no-votes').map((note) => note.textContent)).toEqual(['Ingen stemmer endnu.', 'Ingen stemmer endnu.']);
  });
});

describe('a refused command on a phone says why', () => {
  const refusals: [string, BoardPhase, ErrorCode, () => Promise<unknown>][] = [
    ['deleting its idea', 'collecting', 'wrong_phase', () => click(within(annasCard()).getByRole('button', { name: 'Slet' }))],
    ['saving an edit', 'collecting', 'too_large', async () => {
      await click(within(annasCard()).getByRole('button', { name: 'Ret' }));
      const save = await screen.findByRole('button', { name: 'Gem' }); // the editor's code loads when first needed
      await act(async () => fireEvent.submit(save.closest('form')!));
    }],
    ['a dot', 'voting', 'wrong_phase', async () => click(await within(annasCard()).findByTestId('vote'))],
    ['taking a dot back', 'voting', 'not_found', async () => click(await within(bosCard()).findByRole('button', { name: 'Tag prik tilbage' }))],
  ];

  /** The phone as JoinedPhone shows it: every write not acknowledged yet listed above the board. */
  const renderPhone = () => {
    closeOutbox = openOutbox('ABCDEF', anna.role === 'participant' ? anna.participantId : '');
    render(
      <>
        <OutboxStatus only={(entry) => entry.name !== 'idea:add'} />
        <BoardPhone />
      </>,
    );
  };
  const refusalListed = async (text: string) => {
    await vi.waitFor(() => expect(document.querySelector('.outbox-failed')).not.toBeNull());
    const failed = document.querySelector<HTMLElement>('.outbox-failed')!;
    expect(within(failed).getByRole('alert').textContent).toContain(text);
    expect(within(failed).getByTestId('outbox-retry')).toBeTruthy();
  };

  it.each(refusals)('refusing %s (%s) with %s shows it as not sent, why, and a way to try again', async (_what, phase, code, act) => {
    seedStore(boardIn(phase), anna);
    renderPhone();
    refuseWith(sent, code);
    await act();
    expect(sent).toHaveBeenCalled();
    await refusalListed(refusalText(code));
  });

  it('says “no dots left” for a dot refused at the limit', async () => {
    seedStore(boardIn('voting'), anna);
    renderPhone();
    refuseWith(sent, 'limit_reached');
    await click(await within(annasCard()).findByTestId('vote'));
    await refusalListed(refusalText('limit_reached', { limit_reached: 'board.noDotsLeft' }));
  });

  it('says why “Sæt prik” is greyed out once an idea has the phone’s dot and stacking is off', async () => {
    seedStore(boardIn('voting'), anna);
    renderPhone();
    expect(((await within(bosCard()).findByTestId('vote')) as HTMLButtonElement).disabled).toBe(true);
    expect(within(bosCard()).getByTestId('vote-why').textContent).toBe(translate('da', 'board.oneDotPerIdea'));
    expect((within(annasCard()).getByTestId('vote') as HTMLButtonElement).disabled).toBe(false);
    expect(within(annasCard()).queryByTestId('vote-why')).toBeNull();
  });

  it('keeps a new idea the server refuses in the outbox and says why', async () => {
    seedStore(boardIn('collecting'), anna);
    closeOutbox = openOutbox('ABCDEF', anna.role === 'participant' ? anna.participantId : '');
    render(<BoardPhone />);
    refuseWith(sent, 'too_large');
    fireEvent.change(screen.getByLabelText('Idé'), { target: { value: 'Bogbus til plejehjem' } });
    // The outbox sends on its own after the tap: wait inside act for the refusal to land.
    await act(async () => {
      fireEvent.submit(screen.getByTestId('idea-form'));
      await vi.waitFor(() => expect(outboxStore.getState().entries[0]?.status).toBe('failed'));
    });
    const entry = await screen.findByText('Bogbus til plejehjem', { selector: '.outbox-text' });
    expect(entry.closest('li')!.getAttribute('data-status')).toBe('failed');
    expect(within(entry.closest('li')!).getByRole('alert').textContent).toContain(refusalText('too_large'));
  });
});
