import { z } from 'zod';
import type { SequencedEvent } from '../events';
import { displayNameSchema, idSchema, joinCodeSchema, secretSchema, seqSchema } from '../schemas';
import type { Actor } from '../state';

/** Sent on every (re)connect. `since` is the last seq the client holds; the reply fills the gap. */
export const joinSchema = z.discriminatedUnion('role', [
  z.strictObject({
    role: z.literal('facilitator'),
    sessionId: idSchema,
    key: secretSchema,
    since: seqSchema.optional(),
  }),
  z.strictObject({
    role: z.literal('participant'),
    joinCode: joinCodeSchema,
    participantId: idSchema,
    secret: secretSchema,
    /** Used when the participant is new; later changes go through participant:rename. */
    name: displayNameSchema.optional(),
    since: seqSchema.optional(),
  }),
  z.strictObject({ role: z.literal('projector'), joinCode: joinCodeSchema, since: seqSchema.optional() }),
]);
export type JoinPayload = z.input<typeof joinSchema>;

/**
 * A snapshot travels as JSON text so the server serialises a large board once, not once per phone;
 * it may be a little older than the state, followed by the events since it was taken.
 */
export type SyncPayload =
  | { kind: 'events'; events: SequencedEvent[] }
  | { kind: 'snapshot'; stateJson: string; events: SequencedEvent[] };

export interface JoinResult {
  actor: Actor;
  joinUrl: string;
  serverTime: number;
  sync: SyncPayload;
}

export interface Presence {
  participantsOnline: number;
}
