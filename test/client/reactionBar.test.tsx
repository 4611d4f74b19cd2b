// @vitest-environment jsdom
// The phone's reaction bar sends one tap at a time: none while the last is unanswered, none within the tap gap.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReactionBar } from '../../client/features/reactions/ReactionBar';
import { sendReaction, type TapResult } from '../../client/features/reactions/sendReaction';
import { appStore, initialAppState } from '../../client/store/appStore';
import { reactionLimits } from '../../shared/limits';
import { anna, apply, facilitator, sessionWith } from '../kit/domain';

vi.mock('../../client/features/reactions/sendReaction', () => ({ sendReaction: vi.fn() }));
const sent = vi.mocked(sendReaction);
const TALK = 'item-000002';

let clock = 1_000_000;
beforeEach(() => {
  sent.mockReset();
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  appStore.setState({ ...initialAppState, session: apply(sessionWith(), facilitator, 'agenda:goto', { id: TALK }), actor: anna, connection: 'online' }, true);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const tapClap = () => fireEvent.click(screen.getByRole('button', { name: 'Klapsalve' }));
const status = () => screen.getByTestId('reaction-status').getAttribute('data-status');

describe('the reaction bar', () => {
  it('sends no tap while the last one is unanswered, and the next once it is answered and the gap has passed', async () => {
    let answer: (result: TapResult) => void = () => {};
    sent.mockImplementation(() => new Promise<TapResult>((resolve) => (answer = resolve)));
    render(<ReactionBar />);
    tapClap();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(status()).toBe('sending');
    // Long past the gap, but the server has not answered: a busy server is not sent more.
    clock += reactionLimits.clientGapMs * 10;
    tapClap();
    expect(sent).toHaveBeenCalledTimes(1);
    await act(async () => answer({ ok: true }));
    expect(status()).toBe('counted');
    tapClap();
    expect(sent).toHaveBeenCalledTimes(2);
    await act(async () => answer({ ok: true }));
    // Answered, but within the gap of the last tap sent.
    tapClap();
    expect(sent).toHaveBeenCalledTimes(2);
    clock += reactionLimits.clientGapMs;
    tapClap();
    expect(sent).toHaveBeenCalledTimes(3);
  });

  it('takes taps again after a refusal or a lost answer', async () => {
    sent.mockResolvedValueOnce({ ok: false, code: 'timeout' }).mockResolvedValueOnce({ ok: true });
    render(<ReactionBar />);
    await act(async () => tapClap());
    expect(status()).toBe('timeout');
    clock += reactionLimits.clientGapMs;
    await act(async () => tapClap());
    expect(sent).toHaveBeenCalledTimes(2);
    expect(status()).toBe('counted');
  });
});
