// Reactions are counted, not stored tap by tap: taps of a session gather here for a fraction of a second and are
// stored as one `reaction:counted` event with every item's counts. 5,000 phones tapping then cost the log, the fold and every
// screen a few events a second, however many taps they send; what waits here is a few counts per session.
import type { CommandResult } from '../../shared/contract';
import type { ReactionCounts, ReactionKind } from '../../shared/reaction/kinds';
import type { ReactionEvent } from '../../shared/reaction/events';
import { reactionsOf } from '../../shared/reaction/fold';
import { withGathered } from '../../shared/reaction/reactions';
import { retryOnConflict } from './retry';
import type { SessionHub } from '../session/hub';
import { REACTION_FLUSH_MS } from '../tuning';


interface Gathering {
  /** Counts per item, usually one item. */
  items: Map<string, ReactionCounts>;
  /** Every tap of this gathering is acknowledged once its counts are stored. */
  stored: Promise<CommandResult>;
  settle: (result: Promise<CommandResult>) => void;
}

export class ReactionPool {
  private readonly gatherings = new Map<string, Gathering>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly hub: SessionHub,
    private readonly now: () => number,
    private readonly flushMs = REACTION_FLUSH_MS,
  ) {}

  /** Counts one tap; resolves once it is stored (durable before acknowledged, as every command). */
  count(sessionId: string, itemId: string, kind: ReactionKind): Promise<CommandResult> {
    const gathering = this.gatheringOf(sessionId);
    const counts = gathering.items.get(itemId) ?? {};
    counts[kind] = (counts[kind] ?? 0) + 1;
    gathering.items.set(itemId, counts);
    return gathering.stored;
  }

  /** Sessions with taps not stored yet. */
  get waiting(): number {
    return this.gatherings.size;
  }

  /** Stores every gathering now (shutting down). */
  async flushAll(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.gatherings.keys()].map((id) => this.flush(id)));
  }

  private gatheringOf(sessionId: string): Gathering {
    const existing = this.gatherings.get(sessionId);
    if (existing) return existing;
    let settle: Gathering['settle'] = () => {};
    const stored = new Promise<CommandResult>((resolve) => (settle = resolve));
    // A tap whose gathering failed hears the error; nobody waiting is no unhandled rejection.
    stored.catch(() => {});
    const gathering: Gathering = { items: new Map(), stored, settle };
    this.gatherings.set(sessionId, gathering);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.flush(sessionId);
    }, this.flushMs);
    timer.unref();
    this.timers.add(timer);
    return gathering;
  }

  private flush(sessionId: string): Promise<CommandResult> {
    const gathering = this.gatherings.get(sessionId);
    if (!gathering) return Promise.resolve({ seq: 0 });
    this.gatherings.delete(sessionId);
    const stored = retryOnConflict(this.hub, async () => {
      if (!this.hub.state(sessionId)) await this.hub.requireState(sessionId);
      // The totals are read and appended with nothing awaited between: no other gathering of the session slips in.
      const { counts } = reactionsOf(this.hub.current(sessionId));
      const events: ReactionEvent[] = [{ type: 'reaction:counted', counts: withGathered(counts, gathering.items) }];
      const sequenced = await this.hub.append(sessionId, 'system', events, this.now());
      return { seq: sequenced.at(-1)?.seq ?? this.hub.current(sessionId).seq };
    });
    gathering.settle(stored);
    return stored;
  }
}
