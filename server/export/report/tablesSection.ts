// The report's tables: a section per table with its ideas, then the two rounds' results of a two-round vote.
import { findIdea } from '../../../shared/board/ideas';
import { hasTables, type IdeaRow } from '../../../shared/export/ideaRows';
import { type ExportLanguage, reportWords } from '../../../shared/export/labels';
import { escapeHtml as e } from '../../../shared/html';
import { fillPlaceholders } from '../../../shared/placeholders';
import type { SessionState } from '../../../shared/state';
import { isRoundTwo, tableName } from '../../../shared/tables/seats';
import { roomRanking } from '../../../shared/tables/selectors';

/** Ideas per table shown in the report; the spreadsheet's table sheets hold the rest. */
export const REPORT_IDEAS_PER_TABLE = 50;

const votesText = (n: number, lang: ExportLanguage) => (n === 1 ? reportWords.oneVote[lang] : fillPlaceholders(reportWords.manyVotes[lang], { count: n }));

function line(text: string, votes: number, lang: ExportLanguage): string {
  return `<li><div class="idea-text">${e(text)}</div><span class="votes">${e(votesText(votes, lang))}</span></li>`;
}

function tableSection(name: string, tableId: string, rows: IdeaRow[], lang: ExportLanguage): string {
  const own = rows.filter((row) => row.tableId === tableId);
  const shown = own.slice(0, REPORT_IDEAS_PER_TABLE);
  const list = shown.length
    ? `<ul class="ideas">${shown.map((row) => line(row.text, row.roundOneVotes || row.votes, lang)).join('')}</ul>`
    : `<p class="empty">${e(reportWords.noIdeas[lang])}</p>`;
  const more = own.length > shown.length ? `<p class="more">${e(fillPlaceholders(reportWords.more[lang], { count: own.length - shown.length }))}</p>` : '';
  return `<section class="table" data-table="${e(tableId)}"><h3>${e(fillPlaceholders(reportWords.tableHeading[lang], { name }))}</h3>${list}${more}</section>`;
}

function rounds(state: SessionState, lang: ExportLanguage): string {
  if (!isRoundTwo(state.board)) return '';
  const { board } = state;
  const picks = board.picks
    .map((table) => {
      const items = table.ideas.map((pick) => line(findIdea(board, pick.id)?.text ?? '', pick.votes, lang)).join('');
      const body = items ? `<ol class="ideas">${items}</ol>` : `<p class="empty">${e(reportWords.noPicks[lang])}</p>`;
      return `<section class="table" data-picks="${e(table.tableId)}"><h3>${e(fillPlaceholders(reportWords.tableHeading[lang], { name: tableName(board, table.tableId) }))}</h3>${body}</section>`;
    })
    .join('');
  const ranking = roomRanking(board)
    .map(({ idea, votes }) => line(`${idea.text} (${tableName(board, idea.tableId) || reportWords.noTable[lang]})`, votes, lang))
    .join('');
  return `<section data-round="1"><h2>${e(reportWords.roundOne[lang])}</h2>${picks}</section>
<section data-round="2"><h2>${e(reportWords.roundTwo[lang])}</h2>${ranking ? `<ol class="ideas">${ranking}</ol>` : `<p class="empty">${e(reportWords.noPicks[lang])}</p>`}</section>`;
}

/** Nothing for a board held as one room: its report reads as it always did. */
export function tablesSection(state: SessionState, rows: IdeaRow[], lang: ExportLanguage): string {
  if (!hasTables(state)) return '';
  const tables = state.board.tables.map((table) => tableSection(table.name, table.id, rows, lang)).join('');
  return `<section data-tables><h2>${e(reportWords.tables[lang])}</h2>${tables}</section>\n${rounds(state, lang)}`;
}
