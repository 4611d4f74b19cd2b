import { useEffect } from 'react';
import { appStore, initialAppState } from '../store/appStore';
import { connect, type JoinCredentials } from './connection';

/** Connects while the screen is shown; `credentials` null means not yet (e.g. the name form is open). */
export function useConnection(credentials: JoinCredentials | null): void {
  const key = credentials ? JSON.stringify(credentials) : '';
  useEffect(() => {
    if (!credentials) return;
    const disconnect = connect(credentials);
    return () => {
      disconnect();
      const { language } = appStore.getState();
      appStore.setState({ ...initialAppState, language });
    };
  }, [key]);
}
