// The one client store: a mirror of the session fed only by the server, the connection, and local UI.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { evolveWithoutUndo, type Fold } from '../../shared/fold';
import { applyBatch, type EventBatch } from '../../shared/projection/batch';
import { type Tallies, withTallies } from '../../shared/projection/tallies';
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

let fold: Fold = evolveWithoutUndo;
/** How this screen folds events: a screen that shows undo (the console) keeps the undo list as the server does. */
export const screenFold = (): Fold => fold;
export function keepUndoList(withUndo: Fold): void {
  fold = withUndo;
}

/** Applies a live batch; returns false when it shows a missed batch, so the caller resyncs. */
export function applyEvents(batch: EventBatch): boolean {
  const { session } = appStore.getState();
  if (!session) return false;
  const next = applyBatch(session, batch, fold);
  if (!next) return false;
  if (next !== session) appStore.setState({ session: next });
  return true;
}

/** A large room's latest counts laid over the session (shared/projection/tallies.ts), and who is online. */
export function applyTallies(tallies: Tallies): void {
  const { session } = appStore.getState();
  if (session) appStore.setState({ session: withTallies(session, tallies) });
  if (tallies.participantsOnline !== undefined) appStore.setState({ participantsOnline: tallies.participantsOnline });
}

export function replaceSession(session: SessionState): void {
  appStore.setState({ session });
}
