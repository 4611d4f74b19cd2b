// Follow-ups: events the system adds by itself when the state (or the clock) calls for them.
// Each policy must return [] when there is nothing to do, because it runs after every command and every tick.
import { agendaPolicies } from './agenda/policies';
import { boardPolicies } from './board/policies';
import type { DomainEvent } from './events';
import type { SessionState } from './state';

export type Policy = (state: SessionState, now: number) => DomainEvent[];

const policies: Policy[] = [...agendaPolicies, ...boardPolicies];

export function followUps(state: SessionState, now: number): DomainEvent[] {
  return policies.flatMap((policy) => policy(state, now));
}
