// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../../client/i18n/consoleStrings';
import { PollProjector } from '../../client/features/polls/PollProjector';
import { PollRow } from '../../client/features/polls/PollRow';
import { findPoll } from '../../shared/poll/polls';
import type { SessionState } from '../../shared/state';
import { componentTests, facilitatorDoes, seedStore } from '../kit/ui';
import { apply, facilitator, projector, sessionWith } from '../kit/domain';

vi.mock('../../client/net/api', () => ({ send: vi.fn() }));
componentTests();

const POLL = 'poll-000001';
const TYPED = ['røde kors!', 'Røde Kors', 'Røde Kors\u200b', 'Red Barnet', 'Røde Kors', 'RØDE KORS'];

function answered(): SessionState {
  let state = facilitatorDoes(sessionWith(), ['poll:create', { id: POLL, kind: 'text', question: 'Hvem hjælper?', resultsLive: true }], ['poll:open', { id: POLL }]);
  TYPED.forEach((text, i) => {
    state = apply(state, { role: 'participant', participantId: `person-00${i}` }, 'poll:answer', { pollId: POLL, text });
  });
  return state;
}

const entries = () => screen.getAllByTestId('poll-text-entry').map((li) => [li.querySelector('summary')?.textContent ?? li.textContent, li.dataset.count]);

describe('open-text answers on the screens', () => {
  it('the console shows answers the same after normalisation as one entry with its count, and opens it to the texts as typed', () => {
    const state = answered();
    seedStore(state, facilitator);
    render(<PollRow poll={findPoll(state.polls, POLL)!} itemTitle="" presented />);
    expect(entries()).toEqual([
      ['Røde Kors ×5 · 4 stavemåder', '5'],
      ['Red Barnet', '1'],
    ]);
    const group = screen.getAllByTestId('poll-text-entry')[0]!;
    const details = group.querySelector('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(group.querySelector('summary')!);
    expect(details.open).toBe(true);
    const typed = within(group).getByRole('list', { name: 'Svarene, som de blev skrevet' });
    expect(within(typed).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Røde Kors ×2', 'røde kors!', 'Røde Kors\u200b', 'RØDE KORS']);
  });

  it('the projector shows the same entries, without the texts as typed', () => {
    const state = answered();
    seedStore(state, projector);
    render(<PollProjector />);
    expect(entries()).toEqual([
      ['Røde Kors ×5', '5'],
      ['Red Barnet', '1'],
    ]);
    expect(screen.queryByTestId('poll-text-answers')).toBeNull();
    expect(document.querySelector('details')).toBeNull();
  });
});
