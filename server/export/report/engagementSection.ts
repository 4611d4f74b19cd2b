// The report's questions per talk and results per poll: plain HTML bars, no script, prints as it shows.
import { engagementWords, pollKindLabels, questionStatusLabels } from '../../../shared/export/engagementLabels';
import { type ExportLanguage, reportWords } from '../../../shared/export/labels';
import { fillPlaceholders } from '../../../shared/placeholders';
import { questionRows } from '../../../shared/export/questionRows';
import { pollResults } from '../../../shared/poll/results';
import { scaleAverage } from '../../../shared/poll/tally';
import type { Poll, PollsState } from '../../../shared/poll/types';
import type { SessionState } from '../../../shared/state';
import { escapeHtml as e } from '../../../shared/html';

/** Past this many questions per talk or answers per poll, the spreadsheet holds the rest. */
export const REPORT_ROWS_PER_BLOCK = 30;

export const engagementCss = `
.questions ol, .poll ol { list-style: none; padding: 0; margin: 0; }
.questions li { display: grid; grid-template-columns: 1fr 22mm; gap: 2mm; padding: 1.8mm 0; border-bottom: 1px solid #dcd8cf; break-inside: avoid; }
.questions .answered { color: #2a8a63; font-size: 8.5pt; margin-left: 2mm; }
.question-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.poll { break-inside: avoid; page-break-inside: avoid; margin-bottom: 5mm; }
.poll h3 { font-size: 11.5pt; margin: 4mm 0 1mm; }
.poll .meta { color: #5c677d; margin: 0 0 2mm; }
.poll li { display: grid; grid-template-columns: 60mm 1fr 14mm; gap: 2mm; align-items: center; padding: 0.8mm 0; }
.bar { height: 4mm; background: #1d3557; border-radius: 1mm; }
.count { text-align: right; font-weight: 700; font-variant-numeric: tabular-nums; }
`;

const votesLabel = (votes: number, lang: ExportLanguage) => (votes === 1 ? reportWords.oneVote[lang] : fillPlaceholders(reportWords.manyVotes[lang], { count: votes }));

function questionsBlock(state: SessionState, lang: ExportLanguage): string {
  const rows = questionRows(state, lang).filter((row) => !row.isHidden);
  const blocks = state.agenda.items
    .map((item) => {
      const ofItem = rows.filter((row) => row.itemId === item.id);
      if (!ofItem.length) return '';
      const shown = ofItem.slice(0, REPORT_ROWS_PER_BLOCK);
      const list = shown
        .map((row) => {
          const answered = row.isAnswered ? `<span class="answered">✓ ${e(questionStatusLabels.answered[lang])}</span>` : '';
          return `<li><span class="question-text">${e(row.text)}${answered}</span><span class="votes">${e(votesLabel(row.votes, lang))}</span></li>`;
        })
        .join('');
      return `<section class="questions" data-item="${e(item.id)}"><h3>${e(item.title)}</h3><ol>${list}</ol></section>`;
    })
    .filter(Boolean);
  return blocks.length ? `<section><h2>${e(engagementWords.questionsHeading[lang])}</h2>${blocks.join('')}</section>` : '';
}

function pollBlock(poll: Poll, rules: Pick<PollsState, 'wordRules'>, itemTitle: string, lang: ExportLanguage): string {
  const results = pollResults(poll, rules).slice(0, REPORT_ROWS_PER_BLOCK);
  const max = Math.max(1, ...results.map((r) => r.count));
  const average = poll.kind === 'scale' ? scaleAverage(poll.tally.counts) : null;
  const figure =
    average === null
      ? fillPlaceholders(engagementWords.answersOf[lang], { count: poll.tally.respondents })
      : fillPlaceholders(engagementWords.averageOf[lang], { average: average.toFixed(1).replace('.', lang === 'da' ? ',' : '.'), count: poll.tally.respondents });
  const list = results
    .map((r) => `<li><span>${e(r.label)}</span><span class="bar" style="width:${Math.round((r.count / max) * 100)}%"></span><span class="count">${r.count}</span></li>`)
    .join('');
  const meta = [pollKindLabels[poll.kind][lang], itemTitle, figure].filter(Boolean).join(' · ');
  return `<section class="poll" data-poll="${e(poll.id)}"><h3>${e(poll.question)}</h3><p class="meta">${e(meta)}</p><ol>${list}</ol></section>`;
}

/** Questions per talk (hidden and unapproved ones left out) and every poll that was opened. */
export function engagementSection(state: SessionState, lang: ExportLanguage): string {
  const itemTitle = new Map(state.agenda.items.map((i) => [i.id, i.title]));
  const polls = state.polls.polls
    .filter((p) => p.status !== 'draft')
    .map((p) => pollBlock(p, state.polls, p.itemId === null ? '' : (itemTitle.get(p.itemId) ?? ''), lang));
  const pollsHtml = polls.length ? `<section><h2>${e(engagementWords.pollsHeading[lang])}</h2>${polls.join('')}</section>` : '';
  return questionsBlock(state, lang) + pollsHtml;
}
