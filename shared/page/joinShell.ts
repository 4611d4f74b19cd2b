// The join page as plain HTML, rendered by the server into /j/CODE so a phone shows the workshop's title and
// the name field as soon as the HTML arrives; React takes over (and removes it) once its code has loaded.
// It mirrors JoinForm's markup and classes (TopBar, Icon), so nothing moves when React replaces it.
import { IDENTITY_KEY_PREFIX, JOIN_SHELL_ID, JOIN_SHELL_NAME_FIELD } from './joinShellFields';
import { joinShellDa } from './joinShellStrings';
import { joinShellEn } from './joinShellStrings.en';
import { LOGO_PATH } from './logoPath';

/**
 * A phone that has joined before goes straight to the board: this runs before the rest of the page is parsed
 * and hides it, so a returning phone never sees the join form flash. Allowed by its hash in the CSP (server/app.ts).
 */
export const JOIN_SHELL_SCRIPT =
  `try{localStorage.getItem(${JSON.stringify(IDENTITY_KEY_PREFIX)}+location.pathname.split("/")[2].toUpperCase())` +
  `&&document.documentElement.classList.add("joined")}catch(e){}`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function joinShellHtml(joinCode: string, title: string, language: 'da' | 'en'): string {
  const t = language === 'da' ? joinShellDa : joinShellEn;
  const other = language === 'da' ? 'en' : 'da';
  return (
    `<div id="${JOIN_SHELL_ID}" class="page phone" lang="${language}" data-code="${escapeHtml(joinCode)}" data-title="${escapeHtml(title)}">` +
    // Inside the page, so it goes with it when React takes over.
    `<script>${JOIN_SHELL_SCRIPT}</script>` +
    `<header class="topbar"><div class="topbar-title">` +
    `<svg class="icon logo" viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false"><path d="${LOGO_PATH}"></path></svg>` +
    `<span>${escapeHtml(t['app.name'])}</span></div>` +
    `<div class="topbar-actions"><button type="button" class="link-button" lang="${other}">${escapeHtml(t['lang.switch'])}</button></div></header>` +
    `<main><form class="card stack" method="get"><p class="muted">${escapeHtml(t['join.title'])}</p><h1>${escapeHtml(title) || ' '}</h1>` +
    `<p class="join-code-small">${escapeHtml(joinCode)}</p><label for="shell-display-name">${escapeHtml(t['join.nameLabel'])}</label>` +
    `<input id="shell-display-name" name="${JOIN_SHELL_NAME_FIELD}" maxlength="40" autocomplete="nickname" placeholder="${escapeHtml(t['join.namePlaceholder'])}">` +
    `<button type="submit" class="primary wide">${escapeHtml(t['join.submit'])}</button></form></main></div>`
  );
}
