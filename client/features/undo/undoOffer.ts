// After a step that can be taken back, the console offers "Fortryd" for a few seconds (see UndoToast).
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { CommandName, CommandPayload, CommandResult } from '../../../shared/contract';
import type { UndoKind } from '../../../shared/undo/types';
import { type ClientAck, send } from '../../net/api';
import { appStore } from '../../store/appStore';

export interface UndoOffer {
  seq: number;
  kind: UndoKind;
}

const offerStore = createStore<{ offer: UndoOffer | null }>()(() => ({ offer: null }));
export const useUndoOffer = () => useStore(offerStore, (s) => s.offer);
export const clearUndoOffer = () => offerStore.setState({ offer: null });

/** The ack can overtake the broadcast of its own events: wait until the mirror holds them. */
function whenApplied(seq: number, ms = 5000): Promise<void> {
  if ((appStore.getState().session?.seq ?? 0) >= seq) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unsubscribe = appStore.subscribe((s) => (s.session?.seq ?? 0) >= seq && done());
  });
}

/** Sends a command and, once it is stored, offers to take back the step of `kind` it made. */
export async function sendUndoable<K extends CommandName>(name: K, payload: CommandPayload<K>, kind: UndoKind): Promise<ClientAck<CommandResult>> {
  const before = appStore.getState().session?.seq ?? 0;
  const ack = await send(name, payload);
  if (!ack.ok) return ack;
  await whenApplied(ack.data.seq);
  const entry = appStore
    .getState()
    .session?.undo?.findLast((e) => e.kind === kind && !e.undone && e.seq > before && e.seq <= ack.data.seq);
  if (entry) offerStore.setState({ offer: { seq: entry.seq, kind } });
  return ack;
}
