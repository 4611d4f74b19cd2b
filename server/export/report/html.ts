// The printable report: title, date, figures, chart, the programme as it ran, and per sector the ranked ideas.
import { sectors } from '../../../shared/board/framework';
import { type IdeaRow, ideaRows, LIST_SEPARATOR } from '../../../shared/export/ideaRows';
import { type ExportLanguage, exportWords, programmeHeadings, reportWords } from '../../../shared/export/labels';
import { fillPlaceholders } from '../../../shared/placeholders';
import { programmeRows } from '../../../shared/export/programmeRows';
import { summarise } from '../../../shared/export/summary';
import type { SessionState } from '../../../shared/state';
import { sectorChart, sectorColours } from './chart';
import { escapeHtml as e } from '../../../shared/html';
import { engagementCss, engagementSection } from './engagementSection';
import { reactionSection } from './reactionSection';
import { reportCss } from './styles';
import { tablesSection } from './tablesSection';

/** A report is for reading and sharing; past this many ideas per sector the spreadsheet holds the rest. */
export const REPORT_IDEAS_PER_SECTOR = 50;

function longDate(date: string, lang: ExportLanguage): string {
  const formatter = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  const day = new Date(`${date}T12:00:00Z`);
  // A stored date that is no date is printed as it is, not a failed report.
  return Number.isNaN(day.getTime()) ? date : formatter.format(day);
}

function programmeTable(state: SessionState, lang: ExportLanguage): string {
  const w = reportWords;
  const head = [w.planned, w.actual, programmeHeadings.title, programmeHeadings.speaker].map((l) => `<th>${e(l[lang])}</th>`).join('');
  const body = programmeRows(state, lang)
    .map((row) => {
      const late = typeof row.startDelay === 'number' && row.startDelay > 0 ? ' late' : '';
      // An item still on has no end yet: "21.05– (i gang)", not "21.05––".
      const actual = row.startDelay === '' ? row.actualStart : row.isRunning ? `${row.actualStart}– (${w.running[lang]})` : `${row.actualStart}–${row.actualEnd}`;
      return `<tr><td class="time">${e(`${row.plannedStart}–${row.plannedEnd}`)}</td><td class="time${late}">${e(actual)}</td><td>${e(row.title)}</td><td>${e(row.speaker)}</td></tr>`;
    })
    .join('');
  return `<table class="programme"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function ideaItem(row: IdeaRow, lang: ExportLanguage): string {
  const w = reportWords;
  const meta = (label: string, value: string) => (value ? `<p class="idea-meta"><span>${e(label)}:</span> ${e(value)}</p>` : '');
  const tags = row.gains ? `<p class="tags">${row.gains.split(LIST_SEPARATOR).map((tag) => `<span class="tag">${e(tag)}</span>`).join('')}</p>` : '';
  const kind = [row.reach, row.duration, row.projectType, row.character].filter(Boolean).join(' · ');
  const votes = row.votes === 1 ? w.oneVote[lang] : fillPlaceholders(w.manyVotes[lang], { count: row.votes });
  return `<li><span class="rank">${row.rank}</span><div><div class="idea-text">${e(row.text)}</div>${meta(w.group[lang], row.group)}${meta(w.partner[lang], row.partner)}${meta(w.libraryBrings[lang], row.libraryBrings)}${meta(w.partnerBrings[lang], row.partnerBrings)}${meta(w.kind[lang], kind)}${tags}</div><span class="votes">${e(votes)}</span></li>`;
}

/** The ranked ideas of a sector numbered, then those no one voted for unnumbered: they have no place to rank. */
function sectorSection(rows: IdeaRow[], sector: (typeof sectors)[number], heading: string, lang: ExportLanguage): string {
  const shown = rows.slice(0, REPORT_IDEAS_PER_SECTOR);
  const ranked = shown.filter((row) => row.rank !== '');
  const unranked = shown.filter((row) => row.rank === '');
  const noVotes = shown.length && !ranked.length ? `<p class="empty" data-no-votes>${e(exportWords.noVotes[lang])}</p>` : '';
  const lists = [ranked.length ? `<ol class="ideas">${ranked.map((row) => ideaItem(row, lang)).join('')}</ol>` : '', unranked.length ? `<ul class="ideas unranked">${unranked.map((row) => ideaItem(row, lang)).join('')}</ul>` : ''].join('');
  const list = shown.length ? `${noVotes}${lists}` : `<p class="empty">${e(reportWords.noIdeas[lang])}</p>`;
  const more = rows.length > shown.length ? `<p class="more">${e(fillPlaceholders(reportWords.more[lang], { count: rows.length - shown.length }))}</p>` : '';
  return `<section class="sector sector-${sector}" data-sector="${sector}"><h2>${e(heading)}</h2>${list}${more}</section>`;
}

const sectorCss = sectors.map((sector) => `.sector-${sector}{--sector:${sectorColours[sector]}}`).join('');

export function reportHtml(state: SessionState, lang: ExportLanguage): string {
  const rows = ideaRows(state, lang);
  const summary = summarise(state, rows, lang);
  const bySector = sectors.map((sector, i) =>
    sectorSection(rows.filter((row) => row.sectorKey === sector), sector, summary.sectors[i]!.sector, lang),
  );
  const figures = fillPlaceholders(reportWords.figures[lang], { participants: summary.participants, ideas: summary.ideas, votes: summary.votes });
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(state.title)} – ${e(state.date)}</title><style>${reportCss}${sectorCss}${engagementCss}</style></head>
<body><header><h1>${e(state.title)}</h1><p class="date">${e(longDate(state.date, lang))}</p><p class="figures">${e(figures)}</p></header>
<section><h2>${e(reportWords.chart[lang])}</h2>${sectorChart(summary, lang)}</section>
<section><h2>${e(reportWords.programmeAsRun[lang])}</h2>${programmeTable(state, lang)}</section>
${bySector.join('\n')}
${tablesSection(state, rows, lang)}${engagementSection(state, lang)}${reactionSection(state, lang)}
</body></html>`;
}
