// Four addresses, so a tiny router: the path chooses the screen.
import { useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'home' }
  | { screen: 'participant'; joinCode: string }
  | { screen: 'facilitator'; sessionId: string; key: string }
  | { screen: 'moderator'; sessionId: string; key: string }
  | { screen: 'projector'; joinCode: string }
  | { screen: 'admin' }
  | { screen: 'notFound' };

export function parseRoute(pathname: string, hash: string): Route {
  const [, first, second] = pathname.split('/');
  if (!first) return { screen: 'home' };
  if (first === 'j' && second) return { screen: 'participant', joinCode: second.toUpperCase() };
  if (first === 'p' && second) return { screen: 'projector', joinCode: second.toUpperCase() };
  if ((first === 'f' || first === 'm') && second) {
    const key = new URLSearchParams(hash.replace(/^#/, '')).get('key') ?? '';
    return { screen: first === 'f' ? 'facilitator' : 'moderator', sessionId: second, key };
  }
  if (first === 'admin') return { screen: 'admin' };
  return { screen: 'notFound' };
}

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};
const snapshot = () => location.pathname + location.hash;

export function useRoute(): Route {
  useSyncExternalStore(subscribe, snapshot);
  return parseRoute(location.pathname, location.hash);
}

export function navigate(to: string): void {
  history.pushState(null, '', to);
  for (const listener of listeners) listener();
}
