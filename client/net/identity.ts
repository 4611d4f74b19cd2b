// A phone stays the same participant across reloads: its id and secret live in localStorage, per join code.
import { IDENTITY_KEY_PREFIX } from '../../shared/page/joinShellFields';
import { nanoid } from 'nanoid';
import { isReservedParticipantId } from '../../shared/session/participantIds';

export interface ParticipantIdentity {
  participantId: string;
  secret: string;
}

const identityKey = (joinCode: string) => `${IDENTITY_KEY_PREFIX}${joinCode}`;
const NAME_KEY = 'ootb.name';

export function storedIdentity(joinCode: string): ParticipantIdentity | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(identityKey(joinCode)) ?? 'null') as ParticipantIdentity | null;
    // An id the server refuses for good (`reserved_id`) is replaced by a new identity on the next load.
    return parsed?.participantId && parsed.secret && !isReservedParticipantId(parsed.participantId) ? parsed : null;
  } catch {
    return null;
  }
}

export function createIdentity(joinCode: string): ParticipantIdentity {
  const identity = { participantId: nanoid(), secret: nanoid(32) };
  localStorage.setItem(identityKey(joinCode), JSON.stringify(identity));
  return identity;
}

export function storedName(): string {
  return localStorage.getItem(NAME_KEY) ?? '';
}

export function rememberName(name: string): void {
  localStorage.setItem(NAME_KEY, name);
}

/** After "Glem mig": the phone no longer knows who it was in this workshop, nor the name it gave. */
export function forgetIdentity(joinCode: string): void {
  localStorage.removeItem(identityKey(joinCode));
  localStorage.removeItem(NAME_KEY);
}
