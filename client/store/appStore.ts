// The one client store: a mirror of the session fed only by the server, the connection, and local UI.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { SequencedEvent } from '../../shared/events';
import { evolveAll } from '../../shared/evolve';
import type { Actor, SessionState } from '../../shared/state';
import type { ClientErrorCode, Language } from '../i18n';

export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'offline';

export interface AppState {
  session: SessionState | null;
  actor: Actor | null;
  joinUrl: string;
  connection: ConnectionStatus;
  /** Why joining failed (a wrong code, a wrong key); null while all is well. */
  joinError: ClientErrorCode | null;
  participantsOnline: number;
  /** The organiser deleted the workshop while this screen was open. */
  ended: boolean;
  /** serverTime - deviceTime, in ms. */
  clockOffset: number;
  language: Language;
}

export const initialAppState: AppState = {
  session: null,
  actor: null,
  joinUrl: '',
  connection: 'idle',
  joinError: null,
  participantsOnline: 0,
  ended: false,
  clockOffset: 0,
  language: 'da',
};

export const appStore = createStore<AppState>()(() => initialAppState);

export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}

/** Applies live events in order; returns false on a gap, so the caller resyncs. */
export function applyEvents(events: readonly SequencedEvent[]): boolean {
  const { session } = appStore.getState();
  if (!session) return false;
  const fresh = events.filter((e) => e.seq > session.seq);
  if (fresh.length === 0) return true;
  if (fresh[0]!.seq !== session.seq + 1) return false;
  appStore.setState({ session: evolveAll(session, fresh) });
  return true;
}

export function replaceSession(session: SessionState): void {
  appStore.setState({ session });
}
