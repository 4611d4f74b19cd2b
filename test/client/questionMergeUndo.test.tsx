// @vitest-environment jsdom
// The console offers "Fortryd" after a question merge, named in words, and sends the undo of that step.
import '../../client/i18n/consoleStrings';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UndoToast } from '../../client/features/undo/UndoToast';
import { sendUndoable } from '../../client/features/undo/undoOffer';
import { send } from '../../client/net/api';
import { appStore, initialAppState } from '../../client/store/appStore';
import { anna, apply, bo, facilitator, sessionWith } from '../kit/domain';

vi.mock('../../client/net/api', () => ({ send: vi.fn() }));
const sent = vi.mocked(send);
afterEach(cleanup);

describe('undoing a question merge from the console', () => {
  it('names the step in Danish and sends history:undo for it', async () => {
    let state = sessionWith();
    const itemId = state.agenda.items.find((i) => i.kind === 'talk')!.id;
    state = apply(state, anna, 'question:ask', { id: 'question-1', itemId, text: 'Hvordan finansieres partnerskaberne?' });
    state = apply(state, bo, 'question:ask', { id: 'question-2', itemId, text: 'Hvordan blev partnerskabet finansieret?' });
    const merged = apply(state, facilitator, 'question:merge', { sourceId: 'question-2', targetId: 'question-1' });
    appStore.setState({ ...initialAppState, session: state, actor: facilitator, connection: 'online' }, true);
    // The server stores the merge and the console's mirror folds it.
    sent.mockImplementation(async () => {
      appStore.setState({ session: merged });
      return { ok: true, data: { seq: merged.seq } };
    });
    render(<UndoToast />);
    await act(async () => {
      await sendUndoable('question:merge', { sourceId: 'question-2', targetId: 'question-1' }, 'questionMerge');
    });
    expect(screen.getByTestId('undo-toast').textContent).toContain('Spørgsmålene er lagt sammen');
    await act(async () => fireEvent.click(screen.getByTestId('undo')));
    expect(sent).toHaveBeenLastCalledWith('history:undo', { seq: merged.seq });
  });
});
