// Asking the server about alike texts (the matcher and its stemmer run there): an answer, or null when there is
// none in time, offline, or refused; a hint or a suggestion that does not come is simply not shown.
import { useEffect, useState } from 'react';
import type { Ack } from '../../../shared/errors';
import type { FindSimilar, SimilarGroupsResult, SimilarHint, SimilarHintResult } from '../../../shared/similar/queries';
import { currentSocket } from '../../net/connection';
import { appStore } from '../../store/appStore';

const ANSWER_MS = 5000;
/** Asked once the screen has been still this long: typing or a burst of events asks once. */
const QUIET_MS = 600;

type Queries = { 'similar:find': [FindSimilar, SimilarGroupsResult]; 'similar:hint': [SimilarHint, SimilarHintResult] };

async function ask<K extends keyof Queries>(name: K, payload: Queries[K][0]): Promise<Queries[K][1] | null> {
  const socket = currentSocket();
  if (!socket || appStore.getState().connection !== 'online') return null;
  const timed = socket.timeout(ANSWER_MS);
  const emit = timed.emitWithAck.bind(timed) as (event: string, payload: unknown) => Promise<Ack<Queries[K][1]>>;
  try {
    const ack = await emit(name, payload);
    return ack.ok ? ack.data : null;
  } catch {
    return null;
  }
}

/**
 * The server's latest answer to `payload`, asked again (after a quiet moment) when the payload or one of `changed`
 * (always as many) changes.
 */
export function useAsked<K extends keyof Queries>(name: K, payload: Queries[K][0] | null, changed: readonly unknown[]): Queries[K][1] | null {
  const [answer, setAnswer] = useState<Queries[K][1] | null>(null);
  const key = JSON.stringify(payload);
  useEffect(() => {
    if (payload === null) {
      setAnswer(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => void ask(name, payload).then((data) => live && setAnswer(data)), QUIET_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The payload is compared by its JSON (`key`): a new object with the same content asks nothing new.
  }, [name, key, ...changed]);
  return answer;
}
