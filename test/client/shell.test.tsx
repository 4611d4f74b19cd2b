// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionBanner } from '../../client/components/ConnectionBanner';
import { PresenceCount } from '../../client/components/PresenceCount';
import { LanguageSwitch } from '../../client/components/LanguageSwitch';
import { appStore, initialAppState } from '../../client/store/appStore';
import { initialLanguage } from '../../client/i18n';

beforeEach(() => {
  appStore.setState(initialAppState, true);
  localStorage.clear();
});
afterEach(cleanup);

describe('connection banner', () => {
  it('says nothing while online', () => {
    appStore.setState({ connection: 'online' });
    const { container } = render(<ConnectionBanner />);
    expect(container.textContent).toBe('');
  });

  it('promises nothing is lost while offline, in the chosen language', () => {
    appStore.setState({ connection: 'offline' });
    render(<ConnectionBanner />);
    expect(screen.getByRole('status').textContent).toContain('intet af det, du har skrevet, går tabt');
    act(() => appStore.setState({ language: 'en' }));
    expect(screen.getByRole('status').textContent).toContain('nothing you typed is lost');
  });

  it('turns a failed join into one translated sentence', () => {
    appStore.setState({ connection: 'online', joinError: 'not_found' });
    render(<ConnectionBanner />);
    expect(screen.getByRole('alert').textContent).toBe('Vi kunne ikke finde det – tjek koden.');
  });
});

describe('presence count', () => {
  it.each([
    [0, '0 deltagere online'],
    [1, '1 deltager online'],
    [27, '27 deltagere online'],
  ])('shows %i participants as "%s"', (count, text) => {
    appStore.setState({ participantsOnline: count, connection: 'online' });
    render(<PresenceCount />);
    expect(screen.getByTestId('presence').textContent).toBe(text);
  });
});

describe('language', () => {
  it('switches between Danish and English and remembers the choice on this device', () => {
    render(<LanguageSwitch />);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(appStore.getState().language).toBe('en');
    expect(initialLanguage()).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: 'Dansk' }));
    expect(initialLanguage()).toBe('da');
  });
});

describe('countdown', () => {
  it('counts overtime up instead of showing a negative number or sticking at zero', async () => {
    const { Countdown } = await import('../../client/features/agenda/Countdown');
    const end = Date.parse('2026-11-25T10:30:00Z');
    const { rerender } = render(<Countdown endsAt={end} now={end - 65_000} />);
    expect(screen.getByRole('timer').textContent).toBe('1:05 tilbage');
    rerender(<Countdown endsAt={end} now={end + 42_000} />);
    expect(screen.getByRole('timer').textContent).toBe('+0:42 over tid');
    expect(screen.getByRole('timer').className).toContain('countdown-over');
  });
});
