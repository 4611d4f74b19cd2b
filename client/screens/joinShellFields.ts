// What the server-rendered join page (joinShell.ts) and React's take-over (joinShellHandoff.ts) agree on. Its own
// module, so the phone's code does not import joinShell.ts and, with it, both languages' strings.
export const JOIN_SHELL_ID = 'join-shell';
export const JOIN_SHELL_NAME_FIELD = 'name';
