// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuestionsConsole } from '../../client/features/questions/QuestionsConsole';
import { send } from '../../client/net/api';
import { appStore, initialAppState } from '../../client/store/appStore';
import { apply, facilitator, sessionWith } from '../kit/domain';

vi.mock('../../client/net/api', () => ({ send: vi.fn() }));
const sent = vi.mocked(send);
afterEach(cleanup);

describe('questions in the console', () => {
  it('switches questions on for an item that does not take them yet (the welcome)', async () => {
    const state = apply(sessionWith(), facilitator, 'agenda:goto', { id: 'item-000002' });
    appStore.setState({ ...initialAppState, session: state, actor: facilitator, connection: 'online' }, true);
    sent.mockResolvedValue({ ok: true, data: { seq: 1 } });
    render(<QuestionsConsole />);
    fireEvent.change(screen.getByTestId('console-question-item'), { target: { value: 'item-000001' } });
    expect(screen.getByText('Velkomst og præsentation', { selector: 'h3' })).toBeTruthy();
    const box = screen.getByTestId('take-questions') as HTMLInputElement;
    expect(box.checked).toBe(false);
    await act(async () => fireEvent.click(box));
    expect(sent).toHaveBeenCalledWith('question:enable', { itemId: 'item-000001', enabled: true });
  });
});
