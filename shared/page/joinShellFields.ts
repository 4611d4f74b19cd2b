// What the server-rendered join page (joinShell.ts) and the client (client/features/join/joinShellHandoff.ts,
// client/net/identity.ts) agree on. Its own module, so the phone's code does not import joinShell.ts and, with it,
// both languages' strings.
export const JOIN_SHELL_ID = 'join-shell';
export const JOIN_SHELL_NAME_FIELD = 'name';
/** A participant's identity in the browser's storage is kept under this prefix and the join code. */
export const IDENTITY_KEY_PREFIX = 'ootb.participant.';
