// The version of the session state a checkpoint holds. Raise it whenever SessionState's shape or what a reducer
// makes of an event changes: a checkpoint written under another version is then ignored and the state rebuilt
// from the events, which are the truth (upcast on read, shared/upcast.ts).
export const STATE_VERSION = 4;
