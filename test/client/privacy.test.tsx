// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BoardSettings } from '../../shared/board/types';
import { AnonymityNotice } from '../../client/features/privacy/AnonymityNotice';
import { PrivacyNotice } from '../../client/features/privacy/PrivacyNotice';
import { appStore, initialAppState } from '../../client/store/appStore';
import { loadLanguage } from '../../client/i18n';
import { sessionWith } from '../kit/domain';

// English is its own chunk in the app (main.tsx and the switch load it first); here it is loaded once up front.
beforeAll(() => loadLanguage('en'));
beforeEach(() => appStore.setState(initialAppState, true));
afterEach(cleanup);

function withSettings(settings: Partial<BoardSettings>) {
  const session = sessionWith([{ type: 'board:settingsChanged', settings }]);
  appStore.setState({ session, actor: { role: 'participant', participantId: 'anna-00001' } });
}

describe('the anonymity notice before the first idea', () => {
  it.each([
    [{}, ['uden dit navn', 'Facilitatoren kan se, hvem der har skrevet hvad'], ['storskærmen', 'godkender']],
    [{ showNamesOnProjector: true }, ['uden dit navn', 'viser lige nu forfatternes navne'], ['godkender']],
    [{ requireApproval: true }, ['godkender idéerne, før de andre ser dem'], ['storskærmen']],
  ] as const)('with the settings %j says what the server enforces', (settings, says, doesNotSay) => {
    withSettings(settings);
    render(<AnonymityNotice />);
    const text = screen.getByTestId('anonymity-notice').textContent!;
    for (const part of says) expect(text).toContain(part);
    for (const part of doesNotSay) expect(text).not.toContain(part);
  });
});

describe('the privacy notice on the join page', () => {
  it('says what is stored, who sees it and the day it is deleted, in Danish and English', () => {
    render(<PrivacyNotice deleteOn="2027-02-23" />);
    const notice = screen.getByTestId('privacy-notice');
    expect(notice.textContent).toContain('slettes automatisk 2027-02-23');
    expect(notice.textContent).toContain('Glem mig');
    act(() => appStore.setState({ language: 'en' }));
    expect(notice.textContent).toContain('deleted automatically on 2027-02-23');
    expect(notice.textContent).toContain('Forget me');
  });

  it('says the workshop is kept until the organiser deletes it when there is no retention', () => {
    render(<PrivacyNotice deleteOn={null} />);
    expect(screen.getByTestId('privacy-notice').textContent).toContain('gemmes, indtil arrangøren sletter den');
  });
});
