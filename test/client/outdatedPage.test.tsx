// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionBanner } from '../../client/components/ConnectionBanner';
import { loadLanguage } from '../../client/i18n';
import { appStore, initialAppState } from '../../client/store/appStore';

beforeAll(() => loadLanguage('en'));
beforeEach(() => appStore.setState(initialAppState, true));
afterEach(cleanup);

describe('a page of another protocol version', () => {
  it('is told in Danish and English to reload, with a button that does', () => {
    appStore.setState({ joinError: 'outdated' });
    render(<ConnectionBanner />);
    expect(screen.getByRole('alert').textContent).toContain('Genindlæs siden for at fortsætte');
    expect(screen.getByTestId('reload-page').textContent).toBe('Genindlæs siden');
    act(() => appStore.setState({ language: 'en' }));
    expect(screen.getByRole('alert').textContent).toContain('Reload the page to continue');
    expect(screen.getByTestId('reload-page').textContent).toBe('Reload the page');
  });

  it('offers no reload for a refusal that passes by itself', () => {
    appStore.setState({ joinError: 'rate_limited' });
    render(<ConnectionBanner />);
    expect(screen.queryByTestId('reload-page')).toBeNull();
  });
});
