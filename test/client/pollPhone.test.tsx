// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { send } from '../../client/net/api';
import { PollPhone } from '../../client/features/polls/PollPhone';
import { openOutbox, outboxStore } from '../../client/net/outbox';
import { appStore, initialAppState } from '../../client/store/appStore';
import { findPoll } from '../../shared/poll/polls';
import { anna, apply, facilitator, sessionWith } from '../kit/domain';

vi.mock('../../client/net/api', () => ({ send: vi.fn() }));
const sent = vi.mocked(send);

const POLL = 'poll-000001';
function seed(kind: 'single' | 'words' = 'single') {
  let state = apply(sessionWith(), facilitator, 'poll:create', { id: POLL, kind, question: 'Hvad vejer tungest?', ...(kind === 'single' ? { options: ['Ressourcer', 'Netværk'] } : {}) });
  state = apply(state, facilitator, 'poll:open', { id: POLL });
  appStore.setState({ ...initialAppState, session: state, actor: anna, connection: 'online' }, true);
  return state;
}
const poll = () => findPoll(appStore.getState().session!.polls, POLL)!;

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
const sendAnswer = () =>
  act(async () => {
    fireEvent.click(screen.getByTestId('poll-send'));
    await vi.waitFor(() => expect(outboxStore.getState().entries.every((e) => e.status !== 'sending')).toBe(true));
  });

describe('answering a poll on the phone', () => {
  it('sends the chosen option and says it is saved only once the server has it', async () => {
    seed();
    sent.mockResolvedValue({ ok: true, data: { seq: 99 } });
    const back = vi.fn();
    render(<PollPhone poll={poll()} onBack={back} />);
    expect(screen.getByTestId('poll-send').hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByLabelText('Netværk'));
    await sendAnswer();
    expect(sent).toHaveBeenCalledWith('poll:answer', { pollId: POLL, choices: [1] });
    expect(screen.queryByTestId('poll-saved')).toBeNull();
    // The server's event arrives: now the phone holds the answer and may say so.
    act(() => appStore.setState({ session: apply(appStore.getState().session!, anna, 'poll:answer', { pollId: POLL, choices: [1] }) }));
    cleanup();
    render(<PollPhone poll={poll()} onBack={back} />);
    expect(screen.getByTestId('poll-saved').textContent).toContain('Dit svar er gemt');
    expect(screen.getByTestId('poll-send').textContent).toBe('Ændr svar');
    fireEvent.click(screen.getByTestId('poll-back'));
    expect(back).toHaveBeenCalled();
  });

  it.each([
    ['wrong_phase', 'Afstemningen er lukket. Dit seneste gemte svar tæller.'],
    ['limit_reached', 'Du har ændret dit svar så mange gange, som man kan (20).'],
  ] as const)('shows a %s refusal in Danish as not sent, with a way to try again', async (code, text) => {
    seed();
    sent.mockResolvedValue({ ok: false, code, message: 'x' });
    render(<PollPhone poll={poll()} onBack={() => {}} />);
    fireEvent.click(screen.getByLabelText('Ressourcer'));
    await sendAnswer();
    expect(screen.getByTestId('poll-error').textContent).toContain(`Ikke sendt. ${text}`);
    expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeTruthy();
  });

  it('says an answer whose reply did not come is waiting to be sent again, never that it is saved', async () => {
    seed();
    sent.mockResolvedValue({ ok: false, code: 'timeout', message: 'x' });
    render(<PollPhone poll={poll()} onBack={() => {}} />);
    fireEvent.click(screen.getByLabelText('Ressourcer'));
    await sendAnswer();
    expect(screen.getByTestId('poll-pending').textContent).toContain('sendes af sig selv');
    expect(screen.queryByTestId('poll-saved')).toBeNull();
    expect(screen.queryByTestId('poll-error')).toBeNull();
    expect(outboxStore.getState().entries).toMatchObject([{ name: 'poll:answer', status: 'waiting', payload: { pollId: POLL, choices: [0] } }]);
  });

  it('sends the words of a word cloud as the server counts them', async () => {
    seed('words');
    sent.mockResolvedValue({ ok: true, data: { seq: 99 } });
    render(<PollPhone poll={poll()} onBack={() => {}} />);
    const [first, second, third] = screen.getAllByTestId('poll-word');
    fireEvent.change(first!, { target: { value: '  Røde   Kors ' } });
    fireEvent.change(second!, { target: { value: 'røde kors' } });
    fireEvent.change(third!, { target: { value: 'Museum' } });
    await sendAnswer();
    expect(sent).toHaveBeenCalledWith('poll:answer', { pollId: POLL, words: ['Røde Kors', 'Museum'] });
  });
});
