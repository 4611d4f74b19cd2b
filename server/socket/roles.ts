import type { AppServer } from './types';

const ROLES = ['facilitator', 'participant', 'projector', 'unjoined'] as const;

/** Every role with its count (zero included, so a dashboard's series never vanish). */
export function socketsByRole(io: AppServer): Map<string, number> {
  const counts = new Map<string, number>(ROLES.map((role) => [role, 0]));
  for (const socket of io.of('/').sockets.values()) {
    const role = socket.data.actor?.role ?? 'unjoined';
    counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return counts;
}
