import { useLayoutEffect } from 'react';
import { appStore, initialAppState } from '../store/appStore';
import { connect, type JoinCredentials } from './connection';

/**
 * Connects while the screen is shown; `credentials` null means not yet (e.g. the name form is open). Before the
 * screen's first paint, not after it: the socket's round trips start a frame sooner, and the first paint already
 * says "connecting" instead of growing a banner a moment later.
 */
export function useConnection(credentials: JoinCredentials | null): void {
  const key = credentials ? JSON.stringify(credentials) : '';
  useLayoutEffect(() => {
    if (!credentials) return;
    const disconnect = connect(credentials);
    return () => {
      disconnect();
      const { language } = appStore.getState();
      appStore.setState({ ...initialAppState, language });
    };
  }, [key]);
}
