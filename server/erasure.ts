// "Glem mig": a participant's id and name leave the stored log too, not only the state, and the files on disk.
import { OTHERS } from '../shared/board/dots';
import type { SequencedEvent } from '../shared/events';

/**
 * The stored event with `participantId` made into OTHERS everywhere (values and keys, dots added up) and the
 * names it gave themselves emptied. Replaying the scrubbed log gives the same state as the live one after
 * `participant:forgotten`: the ideas without an author, the dots as counts.
 */
export function scrubbed(sequenced: SequencedEvent, participantId: string): SequencedEvent {
  const swap = (value: unknown): unknown => {
    if (value === participantId) return OTHERS;
    if (Array.isArray(value)) return value.map(swap);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const name = key === participantId ? OTHERS : key;
      const next = swap(inner);
      const before = Object.hasOwn(out, name) ? out[name] : undefined;
      const merged = typeof before === 'number' && typeof next === 'number' ? before + next : next;
      Object.defineProperty(out, name, { value: merged, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  const { event } = sequenced;
  const named = (event.type === 'participant:joined' || event.type === 'participant:renamed') && event.participantId === participantId;
  const clean = swap(named ? { ...event, name: '' } : event) as SequencedEvent['event'];
  return { ...sequenced, actor: sequenced.actor === participantId ? OTHERS : sequenced.actor, event: clean };
}

/** Whether the stored body of an event may mention the participant: a cheap filter before parsing. */
export const mentions = (body: string, actor: string, participantId: string) => actor === participantId || body.includes(participantId);
