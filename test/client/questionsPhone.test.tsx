// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuestionsPhone } from '../../client/features/questions/QuestionsPhone';
import { send } from '../../client/net/api';
import { flushOutbox, openOutbox, outboxStore } from '../../client/net/outbox';
import { appStore, initialAppState } from '../../client/store/appStore';
import { anna, apply, bo, facilitator, NOW, sessionWith } from '../kit/domain';

vi.mock('../../client/net/api', () => ({ send: vi.fn() }));
const sent = vi.mocked(send);
const TALK = 'item-000002';

function seed(requireApproval = false) {
  let state = apply(sessionWith(), facilitator, 'agenda:goto', { id: TALK });
  if (requireApproval) state = apply(state, facilitator, 'question:settings', { requireApproval: true });
  state = apply(state, anna, 'question:ask', { id: 'q-anna-001', itemId: TALK, text: 'Annas spørgsmål' });
  state = apply(state, bo, 'question:ask', { id: 'q-bo-00001', itemId: TALK, text: 'Bos spørgsmål' }, NOW + 60_000);
  if (!requireApproval) state = apply(state, bo, 'question:upvote', { questionId: 'q-anna-001' });
  appStore.setState({ ...initialAppState, session: state, actor: anna, connection: 'online' }, true);
}
const texts = () => screen.getAllByTestId('question').map((q) => q.querySelector('.question-text')!.textContent);
const card = (text: string) => screen.getAllByTestId('question').find((q) => q.textContent!.includes(text))!;

let closeOutbox: () => void = () => {};
beforeEach(() => {
  sent.mockReset();
  localStorage.clear();
  closeOutbox = openOutbox('ABCDEF', anna.role === 'participant' ? anna.participantId : '');
});
afterEach(() => {
  cleanup();
  act(() => closeOutbox());
});
/** The server's event for the last question sent arrives. */
const questionArrives = () =>
  act(() => {
    const payload = sent.mock.calls.at(-1)![1] as { id: string; itemId: string; text: string };
    appStore.setState({ session: apply(appStore.getState().session!, anna, 'question:ask', payload) });
  });
/** Taps, then waits until the outbox has its answer. */
const tap = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
    await vi.waitFor(() => expect(outboxStore.getState().entries.every((e) => e.status !== 'sending')).toBe(true));
  });

describe('questions on the phone', () => {
  it("shows the current talk's questions by votes or newest, marks your own and lets you upvote only the others'", async () => {
    seed();
    render(<QuestionsPhone />);
    expect(screen.getByTestId('questions-item-title').textContent).toBe('Produktive partnerskaber');
    expect(texts()).toEqual(['Annas spørgsmål', 'Bos spørgsmål']);
    fireEvent.click(screen.getByTestId('question-sort-newest'));
    expect(texts()).toEqual(['Bos spørgsmål', 'Annas spørgsmål']);
    expect(within(card('Annas')).getByText('Dit spørgsmål')).toBeTruthy();
    expect(within(card('Annas')).queryByTestId('upvote')).toBeNull();
    sent.mockResolvedValue({ ok: false, code: 'wrong_phase', message: 'x' });
    await tap(within(card('Bos')).getByTestId('upvote'));
    expect(sent).toHaveBeenCalledWith('question:upvote', { questionId: 'q-bo-00001' });
    expect(within(card('Bos')).getByRole('alert').textContent).toContain('Ikke sendt.');
    expect(within(card('Bos')).getByRole('button', { name: 'Prøv igen' })).toBeTruthy();
  });

  it('asks with one id per question, so the outbox sending it again after a timeout is the same question', async () => {
    seed();
    render(<QuestionsPhone />);
    sent.mockResolvedValueOnce({ ok: false, code: 'timeout', message: 'x' }).mockResolvedValueOnce({ ok: true, data: { seq: 1 } });
    fireEvent.change(screen.getByTestId('question-text'), { target: { value: 'Hvem betaler?' } });
    await tap(screen.getByTestId('ask'));
    expect(screen.getByTestId('ask-pending').textContent).toContain('sendes af sig selv');
    expect(screen.queryByTestId('asked')).toBeNull();
    await act(() => flushOutbox());
    const [first, second] = sent.mock.calls.map((call) => call[1] as { id: string });
    expect(first!.id).toBe(second!.id);
    expect(screen.queryByTestId('asked')).toBeNull();
    questionArrives();
    expect(screen.getByTestId('asked').textContent).toBe('Tak! Dit spørgsmål er modtaget.');
  });

  it('shows only your own question while it waits for approval, and says so', async () => {
    seed(true);
    render(<QuestionsPhone />);
    expect(texts()).toEqual(['Annas spørgsmål']);
    expect(within(card('Annas')).getByText('Venter på godkendelse')).toBeTruthy();
    sent.mockResolvedValue({ ok: true, data: { seq: 1 } });
    fireEvent.change(screen.getByTestId('question-text'), { target: { value: 'Et til' } });
    await tap(screen.getByTestId('ask'));
    questionArrives();
    expect(screen.getByTestId('asked').textContent).toContain('når facilitatoren har godkendt det');
  });

  it('names the talk questions go to before the day starts, instead of a bare “Nu”', () => {
    appStore.setState({ ...initialAppState, session: sessionWith(), actor: anna, connection: 'online' }, true);
    render(<QuestionsPhone />);
    const title = screen.getByTestId('questions-item-title').textContent!;
    expect(title).toMatch(/^Næste oplæg: /);
    const talk = title.replace('Næste oplæg: ', '');
    const following = (screen.getByTestId('question-item') as HTMLSelectElement).options[0]!.textContent;
    expect(following).toBe(`Næste: ${talk}`);
  });
});
