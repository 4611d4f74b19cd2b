// Commands the phone promised to send: kept in localStorage until the server acknowledges them, and sent
// (again) whenever this device is joined, however long it was offline and across reloads. Only commands that
// are safe to send twice belong here: an idea carries its own id, so a retried add is the same idea.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { CommandPayload } from '../../shared/contract';
import type { ClientErrorCode } from '../i18n';
import { appStore } from '../store/appStore';
import { send } from './api';

export type OutboxCommand = 'idea:add';

export interface OutboxEntry {
  /** The idea's id: the same entry sent twice is one idea. */
  id: string;
  name: OutboxCommand;
  payload: CommandPayload<OutboxCommand>;
  status: 'waiting' | 'sending' | 'failed';
  /** Why the server refused it, for a failed entry. */
  code?: ClientErrorCode;
}

interface OutboxState {
  entries: OutboxEntry[];
  /** The last entry the server acknowledged: what the screen confirms as sent. */
  delivered: OutboxEntry | null;
}

/** Codes after which the same command may succeed later: kept and sent again. */
const RETRYABLE = new Set<ClientErrorCode>(['timeout', 'not_joined', 'rate_limited', 'internal']);
const RETRY_MS = 5000;
/** A phone writes ideas one at a time; a queue this long means something else is wrong. */
const MAX_ENTRIES = 50;

export const outboxStore = createStore<OutboxState>()(() => ({ entries: [], delivered: null }));
export const useOutbox = <T>(selector: (s: OutboxState) => T): T => useStore(outboxStore, selector);

let storageKey: string | null = null;
let flushing = false;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

function load(key: string): OutboxEntry[] {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? '[]') as OutboxEntry[];
    // An entry that was on its way when the page went away may or may not have arrived: send it again.
    return Array.isArray(saved) ? saved.filter((e) => e?.id && e.name === 'idea:add').map((e) => (e.status === 'sending' ? { ...e, status: 'waiting' } : e)) : [];
  } catch {
    return [];
  }
}

function setEntries(entries: OutboxEntry[], delivered?: OutboxEntry): void {
  if (storageKey) {
    if (entries.length) localStorage.setItem(storageKey, JSON.stringify(entries));
    else localStorage.removeItem(storageKey);
  }
  outboxStore.setState(delivered ? { entries, delivered } : { entries });
}

const update = (id: string, change: Partial<OutboxEntry>) =>
  setEntries(outboxStore.getState().entries.map((e) => (e.id === id ? { ...e, ...change } : e)));

/** Sends what is waiting, oldest first, while this device is joined. */
export async function flushOutbox(): Promise<void> {
  if (flushing || !storageKey) return;
  flushing = true;
  clearTimeout(retryTimer);
  try {
    while (appStore.getState().connection === 'online') {
      const next = outboxStore.getState().entries.find((e) => e.status === 'waiting');
      if (!next) break;
      update(next.id, { status: 'sending' });
      const ack = await send(next.name, next.payload);
      if (!outboxStore.getState().entries.some((e) => e.id === next.id)) continue; // the outbox closed meanwhile
      if (ack.ok) {
        setEntries(
          outboxStore.getState().entries.filter((e) => e.id !== next.id),
          next,
        );
      } else if (RETRYABLE.has(ack.code)) {
        update(next.id, { status: 'waiting' });
        retryTimer = setTimeout(() => void flushOutbox(), RETRY_MS);
        break;
      } else {
        update(next.id, { status: 'failed', code: ack.code });
      }
    }
  } finally {
    flushing = false;
  }
}

/** Keeps the command and sends it as soon as possible; false if the outbox is full. */
export function enqueue(name: OutboxCommand, payload: CommandPayload<OutboxCommand>): boolean {
  const { entries } = outboxStore.getState();
  if (entries.some((e) => e.id === payload.id)) return true;
  if (entries.length >= MAX_ENTRIES) return false;
  setEntries([...entries, { id: payload.id, name, payload, status: 'waiting' }]);
  void flushOutbox();
  return true;
}

/** Drops a refused entry once the person has read why. */
export function dismiss(id: string): void {
  setEntries(outboxStore.getState().entries.filter((e) => e.id !== id));
}

/** Opens the outbox of one participant in one workshop and sends its entries on every (re)join. */
export function openOutbox(joinCode: string, participantId: string): () => void {
  storageKey = `ootb.outbox.${joinCode}.${participantId}`;
  outboxStore.setState({ entries: load(storageKey), delivered: null });
  const unsubscribe = appStore.subscribe((s, prev) => {
    if (s.connection === 'online' && prev.connection !== 'online') void flushOutbox();
  });
  void flushOutbox();
  return () => {
    unsubscribe();
    clearTimeout(retryTimer);
    storageKey = null;
    outboxStore.setState({ entries: [], delivered: null });
  };
}
