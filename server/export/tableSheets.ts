// One sheet per table in the workbook: its ideas with the columns of "Idéer", under the table's name.
import type { IdeaColumn, IdeaRow } from '../../shared/export/ideaRows';
import type { SessionState } from '../../shared/state';

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, no apostrophe at either end, unique. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || '-';
  let name = base;
  for (let n = 2; taken.has(name.toLocaleLowerCase('da')); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  taken.add(name.toLocaleLowerCase('da'));
  return name;
}

export type AddIdeaSheet = (name: string, columns: readonly IdeaColumn[], rows: IdeaRow[]) => Promise<void>;

/** A sheet per table in the tables' order, after the workbook's own sheets (`before`: their names). */
export async function addTableSheets(state: SessionState, before: readonly string[], columns: readonly IdeaColumn[], rows: IdeaRow[], add: AddIdeaSheet) {
  const taken = new Set(before.map((name) => name.toLocaleLowerCase('da')));
  const own = columns.filter((column) => column !== 'table');
  for (const table of state.board.tables) await add(sheetName(table.name, taken), own, rows.filter((row) => row.tableId === table.id));
}
