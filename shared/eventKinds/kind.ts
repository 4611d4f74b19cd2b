// What every event kind declares once (shared/eventKinds/registry.ts holds them all).
import type { DomainEvent } from '../events';
import type { Audience } from '../projection/view';
import type { SessionState } from '../state';
import type { PersonPlaces } from './people';

export type Of<T extends DomainEvent['type']> = Extract<DomainEvent, { type: T }>;

/** What a projection needs: the screen, the states around the event and who may see which idea. */
export interface ProjectionContext {
  audience: Audience;
  before: SessionState;
  after: SessionState;
  me: string | null;
  seesBefore: (id: string) => boolean;
  seesAfter: (id: string) => boolean;
}

/** What a catch-up needs: the screen, the state now and which ideas it may see now. */
export interface CatchUpContext {
  audience: Audience;
  current: SessionState;
  sees: (id: string) => boolean;
}

export interface EventKind<E extends DomainEvent> {
  /** The event as a screen other than the facilitator's may see it, or null when it must not learn of it. */
  project: (event: E, context: ProjectionContext) => DomainEvent | null;
  /**
   * Participants the event does not name whose projection may still differ from any other participant's (the
   * author of the idea it changes). Everyone the event names (`people`) and a participant actor are concerned too.
   */
  concerns: (event: E, before: SessionState) => readonly (string | null | undefined)[];
  /** A projected event of a catch-up as the screen may still see it now (an idea hidden since), or null. */
  stillVisible: (event: E, context: CatchUpContext) => DomainEvent | null;
  /** Every place of the event that holds a participant's id or a name they gave, through `places`. */
  people: (event: E, places: PersonPlaces) => E;
}

/** One entry per kind of the union: a kind added without its entry does not compile. */
export type KindMap<E extends DomainEvent> = { [T in E['type']]: EventKind<Extract<E, { type: T }>> };

// The common answers, named so an entry reads as a declaration.
export const unchanged = <E extends DomainEvent>(event: E): DomainEvent => event;
export const hiddenFromAll = (): null => null;
export const concernsNoOneElse = (): readonly string[] => [];
export const staysVisible = <E extends DomainEvent>(event: E): DomainEvent => event;
export const holdsNoOne = <E extends DomainEvent>(event: E): E => event;

/** A kind that every screen sees as it is and that holds no person: programme, settings, projector switches. */
export const plain = { project: unchanged, concerns: concernsNoOneElse, stillVisible: staysVisible, people: holdsNoOne } as const;
