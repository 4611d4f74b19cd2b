// React taking over from the server-rendered join page (joinShell.ts): keep what it showed and what the
// phone typed into it, then remove it.
import { JOIN_SHELL_ID, JOIN_SHELL_NAME_FIELD } from './joinShell';

export interface JoinShellContent {
  /** The workshop's title the server put in the page; null when there was no page (unknown code). */
  title: string | null;
  /** A name typed before the code loaded, or sent by submitting the page before it did (`?name=`). */
  name: string | null;
}

function shellElement(joinCode: string): HTMLElement | null {
  const shell = document.getElementById(JOIN_SHELL_ID);
  return shell?.dataset.code === joinCode ? shell : null;
}

export function readJoinShell(joinCode: string): JoinShellContent {
  const shell = shellElement(joinCode);
  const typed = shell?.querySelector<HTMLInputElement>(`input[name="${JOIN_SHELL_NAME_FIELD}"]`)?.value;
  const submitted = new URLSearchParams(location.search).get(JOIN_SHELL_NAME_FIELD);
  return { title: shell?.dataset.title ?? null, name: typed || submitted || null };
}

export function removeJoinShell(): void {
  document.getElementById(JOIN_SHELL_ID)?.remove();
  if (new URLSearchParams(location.search).has(JOIN_SHELL_NAME_FIELD)) history.replaceState(null, '', location.pathname + location.hash);
}
