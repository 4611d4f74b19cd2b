import { z } from 'zod';
import type { SequencedEvent } from '../events';
import { tableIdSchema } from '../tables/schemas';
import { displayNameSchema, idSchema, joinCodeSchema, secretSchema, seqSchema } from '../schemas';

/**
 * The protocol version the page was built with (shared/contract.ts PROTOCOL_VERSION). Left out by tools and
 * tests that speak the protocol by hand; a browser page always sends it.
 */
const protocolSchema = z.number().int().min(0).max(1_000_000).optional();
import type { OwnView } from '../projection/state';
import type { Actor } from '../state';

/** Sent on every (re)connect. `since` is the last seq the client holds; the reply fills the gap. */
export const joinSchema = z.discriminatedUnion('role', [
  z.strictObject({
    role: z.literal('facilitator'),
    sessionId: idSchema,
    key: secretSchema,
    since: seqSchema.optional(),
    protocol: protocolSchema,
  }),
  /** A co-host's moderator link (shared/access/permissions.ts says what it may do). */
  z.strictObject({
    role: z.literal('moderator'),
    sessionId: idSchema,
    key: secretSchema,
    since: seqSchema.optional(),
    protocol: protocolSchema,
  }),
  z.strictObject({
    role: z.literal('participant'),
    joinCode: joinCodeSchema,
    participantId: idSchema,
    secret: secretSchema,
    /** Used when the participant is new; later changes go through participant:rename. */
    name: displayNameSchema.optional(),
    /** The table of the QR link it came by (shared/tables): seats the participant there. Unknown: `not_found`. */
    tableId: tableIdSchema.optional(),
    since: seqSchema.optional(),
    protocol: protocolSchema,
  }),
  z.strictObject({ role: z.literal('projector'), joinCode: joinCodeSchema, since: seqSchema.optional(), protocol: protocolSchema }),
]);
export type JoinPayload = z.input<typeof joinSchema>;

/**
 * A snapshot travels as JSON text so the server serialises a large board once, not once per phone;
 * it may be a little older than the state, followed by the events since it was taken. A participant's
 * snapshot is the view every participant shares, with `own` (their name, ideas and dots) to lay over it.
 * Everything is projected for the joining screen (shared/projection); `to` is the seq it then holds, also
 * when the last events were not for it.
 */
export type SyncPayload =
  | { kind: 'events'; events: SequencedEvent[]; to: number }
  | { kind: 'snapshot'; stateJson: string; own?: OwnView; events: SequencedEvent[]; to: number };

export interface JoinResult {
  actor: Actor;
  joinUrl: string;
  serverTime: number;
  sync: SyncPayload;
}

export interface Presence {
  participantsOnline: number;
}
