// A participant's phone keeps the last session it had in localStorage, so a reload without network (served by the
// service worker) shows the programme, the board and its own writes instead of a blank page, and the rejoin asks
// the server only for what changed since. It is this participant's own view, as the server sent it; "Glem mig"
// removes it with the rest.
import { useLayoutEffect } from 'react';
import { PROTOCOL_VERSION } from '../../shared/protocolVersion';
import type { SessionState } from '../../shared/state';
import { appStore } from '../store/appStore';
import { SAVE_AFTER_MS } from '../tuning';


interface CachedSession {
  protocol: number;
  session: SessionState;
}

const cacheKey = (joinCode: string, participantId: string) => `ootb.session.${joinCode}.${participantId}`;

function restore(key: string): SessionState | null {
  try {
    const cached = JSON.parse(localStorage.getItem(key) ?? 'null') as CachedSession | null;
    return cached?.protocol === PROTOCOL_VERSION && cached.session?.id ? cached.session : null;
  } catch {
    return null;
  }
}

function save(key: string, session: SessionState): void {
  try {
    localStorage.setItem(key, JSON.stringify({ protocol: PROTOCOL_VERSION, session } satisfies CachedSession));
  } catch {
    // Storage full: the phone works as before, it just has nothing to show if it reloads offline.
  }
}

/**
 * Shows the cached session at once (before the connection's join, which then asks only for what is newer), and
 * keeps the copy up to date while the screen is open. Call before useConnection.
 */
export function useCachedSession(joinCode: string, participantId: string | undefined): void {
  useLayoutEffect(() => {
    if (!participantId) return;
    const key = cacheKey(joinCode, participantId);
    const cached = restore(key);
    if (cached && !appStore.getState().session) appStore.setState({ session: cached, actor: { role: 'participant', participantId } });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      const { session } = appStore.getState();
      if (session) save(key, session);
    };
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (s.session !== prev.session && s.session && timer === undefined) timer = setTimeout(flush, SAVE_AFTER_MS);
    });
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      // Not saved here: the screen closes also after "Glem mig", when nothing of the session may stay.
      clearTimeout(timer);
      unsubscribe();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
    };
  }, [joinCode, participantId]);
}

export function forgetCachedSession(joinCode: string, participantId: string): void {
  localStorage.removeItem(cacheKey(joinCode, participantId));
}
