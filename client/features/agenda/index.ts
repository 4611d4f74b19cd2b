// The programme's pieces for each screen (issue: the live programme).
export function AgendaConsole() {
  return null;
}
export function AgendaPhone() {
  return null;
}
export function AgendaProjector() {
  return null;
}
