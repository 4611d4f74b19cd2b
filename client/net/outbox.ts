// Every write a participant's phone makes: kept in localStorage until the server acknowledges it, and sent (again)
// whenever this device is joined, oldest first, however long it was offline and across reloads. A refusal that
// sending again cannot change is kept as "not sent" until the person retries or removes it.
import { nanoid } from 'nanoid';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ClientErrorCode } from '../i18n';
import { appStore } from '../store/appStore';
import { send } from './api';
import { isOutboxEntry, keyOf, type OutboxEntry, type OutboxRequest, withEntry } from './outboxEntries';
import { OUTBOX_MAX_ENTRIES, OUTBOX_RETRY_MS } from '../tuning';

export type { OutboxCommand, OutboxEntry } from './outboxEntries';

interface OutboxState {
  entries: OutboxEntry[];
  /** The last entry the server acknowledged: what the screen confirms as sent. */
  delivered: OutboxEntry | null;
}

/** Codes after which the same command may succeed later: kept and sent again. */
const RETRYABLE = new Set<ClientErrorCode>(['timeout', 'not_joined', 'rate_limited', 'internal', 'unavailable']);

export const outboxStore = createStore<OutboxState>()(() => ({ entries: [], delivered: null }));
export const useOutbox = <T>(selector: (s: OutboxState) => T): T => useStore(outboxStore, selector);

let storageKey: string | null = null;
let flushing = false;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

const outboxKey = (joinCode: string, participantId: string) => `ootb.outbox.${joinCode}.${participantId}`;

function load(key: string): OutboxEntry[] {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown[];
    if (!Array.isArray(saved)) return [];
    // An entry that was on its way when the page went away may or may not have arrived: it is sent again.
    return saved
      .map((e) => (e && typeof e === 'object' && !('key' in e) ? { ...e, key: keyOf(e as OutboxRequest, (e as OutboxEntry).id) } : e))
      .filter(isOutboxEntry)
      .map((e) => (e.status === 'sending' ? { ...e, status: 'waiting' as const } : e));
  } catch {
    return [];
  }
}

function setEntries(entries: OutboxEntry[], delivered?: OutboxEntry): void {
  if (storageKey) {
    try {
      if (entries.length) localStorage.setItem(storageKey, JSON.stringify(entries));
      else localStorage.removeItem(storageKey);
    } catch {
      // A full storage keeps the queue in memory: it is still sent while this page is open.
    }
  }
  outboxStore.setState(delivered ? { entries, delivered } : { entries });
}

const update = (id: string, change: Partial<OutboxEntry>) =>
  setEntries(outboxStore.getState().entries.map((e) => (e.id === id ? ({ ...e, ...change } as OutboxEntry) : e)));

/** Sends one entry and settles it: gone when acknowledged, waiting when worth another try, failed otherwise. */
async function deliver(next: OutboxEntry): Promise<'sent' | 'later' | 'failed'> {
  update(next.id, { status: 'sending' });
  const ack = await send(next.name, next.payload as never);
  const now = outboxStore.getState().entries.find((e) => e.id === next.id);
  // The outbox closed meanwhile, or the person removed it: nothing to settle.
  if (!now) return 'sent';
  if (ack.ok) {
    setEntries(
      outboxStore.getState().entries.filter((e) => e.id !== next.id),
      now,
    );
    return 'sent';
  }
  if (RETRYABLE.has(ack.code)) {
    update(next.id, { status: 'waiting' });
    return 'later';
  }
  update(next.id, { status: 'failed', code: ack.code });
  return 'failed';
}

/** Sends what is waiting, oldest first, one at a time, while this device is joined. */
export async function flushOutbox(): Promise<void> {
  if (flushing || !storageKey) return;
  flushing = true;
  clearTimeout(retryTimer);
  try {
    while (appStore.getState().connection === 'online') {
      const next = outboxStore.getState().entries.find((e) => e.status === 'waiting');
      if (!next) break;
      if ((await deliver(next)) === 'later') {
        retryTimer = setTimeout(() => void flushOutbox(), OUTBOX_RETRY_MS);
        break;
      }
    }
  } finally {
    flushing = false;
  }
}

/** Keeps the command and sends it as soon as possible; false if the outbox is full (nothing is kept then). */
export function enqueue(request: OutboxRequest): boolean {
  const { entries } = outboxStore.getState();
  const id = request.name === 'idea:add' || request.name === 'question:ask' ? request.payload.id : nanoid();
  if (entries.some((e) => e.id === id)) return true;
  const entry = { ...request, id, key: keyOf(request, id), status: 'waiting' } as OutboxEntry;
  const next = withEntry(entries, entry);
  if (next.length > OUTBOX_MAX_ENTRIES) return false;
  setEntries(next);
  void flushOutbox();
  return true;
}

/** Drops an entry the person chose not to send after all (a refused one, once they have read why). */
export function dismiss(id: string): void {
  setEntries(outboxStore.getState().entries.filter((e) => e.id !== id));
}

/** Sends a refused entry once more, in its place in the queue. */
export function retry(id: string): void {
  update(id, { status: 'waiting', code: undefined });
  void flushOutbox();
}

/** Opens the outbox of one participant in one workshop and sends its entries on every (re)join. */
export function openOutbox(joinCode: string, participantId: string): () => void {
  storageKey = outboxKey(joinCode, participantId);
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

/** After "Glem mig": nothing this person wrote stays on the phone. */
export function forgetOutbox(joinCode: string, participantId: string): void {
  localStorage.removeItem(outboxKey(joinCode, participantId));
}

/** The newest entry still in the outbox that `match` picks, or undefined: what a control shows as on its way. */
export function usePending(match: (entry: OutboxEntry) => boolean): OutboxEntry | undefined {
  return useOutbox((s) => s.entries.findLast(match));
}

/** True once the outbox is open (a participant's phone): writes go through it rather than straight to the socket. */
export const isOutboxOpen = (): boolean => storageKey !== null;
