// The combined report for print and PDF: the workshops' figures, the sectors' shares, the top ideas, the partners
// named most often, every poll compared and the questions per programme item.
import { sectorLabels, sectors } from '../../../shared/board/framework';
import type { ExportLanguage } from '../../../shared/export/labels';
import type { ComparedPoll, CombinedView } from '../../../shared/http/combined';
import { combinedWords as w } from '../../../shared/series/labels';
import { escapeHtml as e } from '../report/escape';
import { sectorColours } from '../report/chart';
import { reportCss } from '../report/styles';
import { barChart, shareChart, workshopColour } from './charts';
import { overviewTable, type Table, workshopNames } from './rows';

/** Partners and poll answers beyond these are in the workbook. */
const PARTNERS_SHOWN = 15;
const ANSWERS_SHOWN = 8;

/** A share (0–1) reads as a percentage on paper. */
const printed = (key: string, cell: string | number) => (key.startsWith('share') && typeof cell === 'number' ? `${Math.round(cell * 100)} %` : cell);

function table({ keys, headings, rows }: Table): string {
  const head = headings.map((h) => `<th>${e(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, i) => `<td>${e(printed(keys[i] ?? '', cell))}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function topSection(view: CombinedView, lang: ExportLanguage): string {
  const names = workshopNames(view);
  const parts = view.topBySector.map(({ sector, ideas }) => {
    const list = ideas.length
      ? `<ol class="ideas">${ideas.map((idea, i) => `<li><span class="rank">${i + 1}</span><div><div class="idea-text">${e(idea.text)}</div><p class="idea-meta">${e([idea.partner, names.get(idea.workshopId) ?? ''].filter(Boolean).join(' · '))}</p></div><span class="votes">${idea.votes}</span></li>`).join('')}</ol>`
      : `<p class="empty">${e(w.noVotes[lang])}</p>`;
    return `<section class="sector" style="--sector:${sectorColours[sector]}"><h3>${e(sectorLabels[sector][lang])}</h3>${list}</section>`;
  });
  return `<section><h2>${e(w.topIdeas[lang])}</h2>${parts.join('')}</section>`;
}

function pollSection(poll: ComparedPoll, view: CombinedView, lang: ExportLanguage): string {
  const names = workshopNames(view);
  const index = new Map(view.workshops.map((ws, i) => [ws.id, i]));
  const shown = poll.combined.results.slice(0, ANSWERS_SHOWN);
  const bars = shown.flatMap(({ label }) => [
    ...poll.perWorkshop.map((r) => ({ label: `${label} – ${names.get(r.workshopId) ?? ''}`, value: r.results.find((x) => x.label === label)?.count ?? 0, colour: workshopColour(index.get(r.workshopId) ?? 0) })),
    { label: `${label} – ${w.all[lang]}`, value: poll.combined.results.find((x) => x.label === label)?.count ?? 0, colour: '#14213d' },
  ]);
  const average = poll.combined.average === null ? '' : ` · ${w.average[lang]} ${poll.combined.average.toFixed(2)}`;
  return `<div class="poll"><h3>${e(poll.question)}</h3><p class="figures">${e(`${w.respondents[lang]}: ${poll.combined.respondents}${average}`)}</p>${barChart(poll.question, bars)}</div>`;
}

function questionSection(view: CombinedView, lang: ExportLanguage): string {
  const names = workshopNames(view);
  const items = view.questions.map(
    (item) =>
      `<h3>${e(item.item)}</h3>${item.perWorkshop.map(({ workshopId, questions }) => `<p class="idea-meta"><span>${e(names.get(workshopId) ?? '')}</span></p><ul>${questions.map((q) => `<li>${e(q.text)} <span class="votes">(${q.votes})</span></li>`).join('')}</ul>`).join('')}`,
  );
  return items.length ? `<section><h2>${e(w.questions[lang])}</h2>${items.join('')}</section>` : '';
}

const css = `${reportCss}
h3 { font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
.sector h3 { border-left: 6px solid var(--sector); padding-left: 3mm; }
.poll { break-inside: avoid; page-break-inside: avoid; }
.on-bar { fill: #fff; font-weight: 700; }
table { font-size: 9pt; }
.legend span { display: inline-block; margin-right: 4mm; }
.legend i { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; }`;

export function combinedHtml(view: CombinedView, lang: ExportLanguage): string {
  const totals = view.workshops.reduce((t, ws) => ({ participants: t.participants + ws.participants, ideas: t.ideas + ws.ideas, votes: t.votes + ws.votes }), { participants: 0, ideas: 0, votes: 0 });
  const figures = `${view.workshops.length} ${w.workshops[lang].toLowerCase()} · ${totals.participants} ${w.participants[lang].toLowerCase()} · ${totals.ideas} ${w.ideas[lang].toLowerCase()} · ${totals.votes} ${w.votes[lang].toLowerCase()}`;
  const shares = shareChart(w.sectorShares[lang], view.workshops.map((ws) => ({ label: `${ws.title} (${ws.date})`, shares: Object.fromEntries(ws.sectors.map((s) => [s.sector, s.share])) as Record<(typeof sectors)[number], number> })));
  const legend = `<p class="legend">${sectors.map((s) => `<span><i style="background:${sectorColours[s]}"></i>${e(sectorLabels[s][lang])}</span>`).join('')}</p>`;
  const partners = barChart(w.partners[lang], view.partners.slice(0, PARTNERS_SHOWN).map((p) => ({ label: p.label, value: p.ideas, colour: '#1d3557', caption: `${p.ideas} (${p.workshopIds.length} ${w.workshops[lang].toLowerCase()})` })));
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(w.title[lang])}</title><style>${css}</style></head>
<body><header><h1>${e(w.title[lang])}</h1><p class="figures">${e(figures)}</p></header>
<section><h2>${e(w.overview[lang])}</h2>${table(overviewTable(view, lang))}</section>
<section><h2>${e(w.sectorShares[lang])}</h2>${legend}${shares}</section>
${topSection(view, lang)}
<section><h2>${e(w.partners[lang])}</h2>${view.partners.length ? partners : ''}</section>
${view.polls.length ? `<section><h2>${e(w.polls[lang])}</h2>${view.polls.map((poll) => pollSection(poll, view, lang)).join('')}</section>` : ''}
${questionSection(view, lang)}
</body></html>`;
}
