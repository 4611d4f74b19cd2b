import { useEffect, useRef, useState } from 'react';
import { type ReactionCounts, type ReactionKind, reactionKinds } from '../../../shared/reaction/kinds';

export interface Burst {
  id: number;
  kind: ReactionKind;
  /** Which of the rail's lanes it rises in, so glyphs side by side do not stack on one another. */
  lane: number;
  delayMs: number;
}

/** A glyph rises for this long, then is gone. */
export const BURST_MS = 2600;
/** Glyphs on the screen at once: calm, however many hundreds tap. */
const MAX_LIVE = 24;
/** Glyphs one update of one kind adds: the count says how many, the glyphs only that it moved. */
const PER_UPDATE = 4;
const LANES = 3;

function wantsMotion(): boolean {
  return typeof window.matchMedia !== 'function' || !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Glyphs to send up when the counts of the item on now grow. The counts a screen starts with, and those of an item
 * it changes to, rise nothing: only what arrives while it watches. With reduced motion nothing rises at all.
 */
export function useBursts(itemId: string | null, counts: ReactionCounts): Burst[] {
  const [bursts, setBursts] = useState<Burst[]>([]);
  const seen = useRef<{ itemId: string | null; counts: ReactionCounts }>({ itemId, counts });
  const nextId = useRef(0);
  useEffect(() => {
    const before = seen.current;
    seen.current = { itemId, counts };
    if (before.itemId !== itemId || !wantsMotion()) return;
    const added: Burst[] = [];
    for (const kind of reactionKinds) {
      const grown = Math.min(PER_UPDATE, (counts[kind] ?? 0) - (before.counts[kind] ?? 0));
      for (let i = 0; i < grown; i++) {
        const id = nextId.current++;
        added.push({ id, kind, lane: id % LANES, delayMs: i * 180 });
      }
    }
    if (added.length === 0) return;
    setBursts((live) => [...live, ...added].slice(-MAX_LIVE));
    const ids = new Set(added.map((b) => b.id));
    const timer = setTimeout(() => setBursts((live) => live.filter((b) => !ids.has(b.id))), BURST_MS + PER_UPDATE * 180);
    return () => clearTimeout(timer);
  }, [itemId, counts]);
  return bursts;
}
