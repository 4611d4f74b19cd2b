// Component tests: the one client store seeded as the server would feed it (each role its own projected view),
// and the fake `send` a test file mocks (`vi.mock('../../client/net/api', () => ({ send: vi.fn() }))`) answering as told.
import { cleanup, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect, type MockedFunction, vi } from 'vitest';
import type { CommandName, CommandPayload } from '../../shared/contract';
import { projectState } from '../../shared/projection/state';
import { viewerOf } from '../../shared/projection/view';
import type { Actor, SessionState } from '../../shared/state';
import { type ClientErrorCode, errorKey, type Language, loadLanguage, type StringKey, translate } from '../../client/i18n';
import type { send } from '../../client/net/api';
import { appStore, initialAppState } from '../../client/store/appStore';
import { apply, facilitator } from './domain';

export type FakeSend = MockedFunction<typeof send>;

/** Unmounts after each test and has English ready (the app loads it before showing it). */
export function componentTests(): void {
  beforeAll(() => loadLanguage('en'));
  // jsdom has no CSS.escape; a closed form's focus return (useFormFocus) calls it a frame after the test.
  beforeAll(() => {
    if (!globalThis.CSS?.escape) vi.stubGlobal('CSS', { escape: (value: string) => value.replace(/[^\w-]/g, '\\$&') });
  });
  afterEach(cleanup);
}

/** The store as `actor`'s screen holds it once joined: its own projection of `state`. */
export function seedStore(state: SessionState, actor: Actor, language: Language = 'da'): void {
  appStore.setState({ ...initialAppState, session: projectState(state, viewerOf(actor)), actor, connection: 'online', language }, true);
}

/** Runs facilitator commands on a state, as the server would decide and store them. */
export function facilitatorDoes(state: SessionState, ...steps: { [K in CommandName]: [K, CommandPayload<K>] }[CommandName][]): SessionState {
  return steps.reduce((s, [name, payload]) => apply(s, facilitator, name, payload as never), state);
}

/** Every command from now on is refused with `code`. */
export function refuseWith(fake: FakeSend, code: ClientErrorCode): void {
  fake.mockReset();
  fake.mockResolvedValue({ ok: false, code, message: `refused: ${code}` });
}

/** The sentence a person reads for a refusal with `code` (a feature may say some codes its own way). */
export const refusalText = (code: ClientErrorCode, own: Partial<Record<ClientErrorCode, StringKey>> = {}, language: Language = 'da') =>
  translate(language, errorKey(code, own));

/** The refusal is on screen, announced (role alert), in words. */
export async function expectRefusalShown(code: ClientErrorCode, own: Partial<Record<ClientErrorCode, StringKey>> = {}, language: Language = 'da') {
  const text = refusalText(code, own, language);
  expect(text).not.toMatch(/^error\./);
  const alerts = await screen.findAllByRole('alert');
  expect(alerts.map((a) => a.textContent)).toContain(text);
}

/** jsdom lays nothing out: the projector's measuring (ResizeObserver) sees every box as empty, here and in tests. */
export function withoutLayout(): void {
  beforeAll(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
  });
  afterAll(() => vi.unstubAllGlobals());
}
