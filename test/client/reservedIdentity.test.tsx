// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionBanner } from '../../client/components/ConnectionBanner';
import { loadLanguage } from '../../client/i18n';
import { storedIdentity } from '../../client/net/identity';
import { IDENTITY_KEY_PREFIX } from '../../shared/page/joinShellFields';
import { appStore, initialAppState } from '../../client/store/appStore';

beforeAll(() => loadLanguage('en'));
beforeEach(() => {
  appStore.setState(initialAppState, true);
  localStorage.clear();
});
afterEach(cleanup);

describe('a phone whose saved id names a role', () => {
  it('is told to reload, and after the reload it is a new participant', () => {
    appStore.setState({ joinError: 'reserved_id' });
    render(<ConnectionBanner />);
    expect(screen.getByRole('alert').textContent).toContain('som ny deltager');
    expect(screen.getByTestId('reload-page')).toBeTruthy();
    localStorage.setItem(`${IDENTITY_KEY_PREFIX}ABCDEF`, JSON.stringify({ participantId: 'facilitator', secret: 'x'.repeat(32) }));
    expect(storedIdentity('ABCDEF')).toBeNull();
    localStorage.setItem(`${IDENTITY_KEY_PREFIX}ABCDEF`, JSON.stringify({ participantId: 'phone-000001', secret: 'x'.repeat(32) }));
    expect(storedIdentity('ABCDEF')?.participantId).toBe('phone-000001');
  });
});
