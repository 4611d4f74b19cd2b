// React taking over from the server-rendered join page (joinShell.ts): keep what it showed and what the
// phone typed into it, then remove it.
import { JOIN_SHELL_ID, JOIN_SHELL_NAME_FIELD } from '../../../shared/page/joinShellFields';

function shellElement(joinCode: string): HTMLElement | null {
  const shell = document.getElementById(JOIN_SHELL_ID);
  return shell?.dataset.code === joinCode ? shell : null;
}

/** The workshop's title the server put in the page; null when there was no page (an unknown code). */
export function joinShellTitle(joinCode: string): string | null {
  return shellElement(joinCode)?.dataset.title ?? null;
}

/**
 * Removes the page and returns a name typed into it before the code loaded, or sent by submitting it before
 * then (`?name=`). Call it when React commits, not while it renders: a render can be paused between tasks, and
 * what the phone types meanwhile must not be lost.
 */
export function takeOverJoinShell(joinCode: string, appFieldId: string): string | null {
  const field = shellElement(joinCode)?.querySelector<HTMLInputElement>(`input[name="${JOIN_SHELL_NAME_FIELD}"]`);
  const typed = field?.value;
  const typing = !!field && document.activeElement === field;
  const params = new URLSearchParams(location.search);
  const submitted = params.get(JOIN_SHELL_NAME_FIELD);
  document.getElementById(JOIN_SHELL_ID)?.remove();
  // A phone typing its name when the code arrives goes on typing in the app's field: its keyboard stays open.
  if (typing) document.getElementById(appFieldId)?.focus();
  if (params.has(JOIN_SHELL_NAME_FIELD)) history.replaceState(null, '', location.pathname + location.hash);
  return typed || submitted || null;
}
