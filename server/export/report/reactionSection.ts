// The report's reactions per programme item: a row of counts per talk, anonymous; absent on a day without them.
import { escapeHtml as e } from '../../../shared/html';
import type { ExportLanguage } from '../../../shared/export/labels';
import { reactionHeadings, reactionRows, reactionWords } from '../../../shared/export/reactionRows';
import type { SessionState } from '../../../shared/state';

// With the section, not in the report's head: a report of a day without reactions stays byte for byte as it was.
const reactionCss = `
.reactions table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
.reactions th, .reactions td { padding: 1.2mm 2mm; border-bottom: 1px solid #dcd8cf; text-align: right; }
.reactions th:first-child, .reactions td:first-child { text-align: left; }
.reactions .note { color: #5c677d; }
`;

export function reactionSection(state: SessionState, lang: ExportLanguage): string {
  const rows = reactionRows(state);
  if (!rows.length) return '';
  const columns = Object.keys(reactionHeadings) as (keyof typeof reactionHeadings)[];
  const head = columns.map((c) => `<th scope="col">${e(reactionHeadings[c][lang])}</th>`).join('');
  const body = rows.map((row) => `<tr>${columns.map((c) => `<td>${e(String(row[c]))}</td>`).join('')}</tr>`).join('');
  return `<style>${reactionCss}</style><section class="reactions"><h2>${e(reactionWords.heading[lang])}</h2><p class="note">${e(reactionWords.note[lang])}</p><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
}
