// The partnership board's pieces for each screen (issue: the partnership board).
export function BoardConsole() {
  return null;
}
export function BoardPhone() {
  return null;
}
export function BoardProjector() {
  return null;
}
