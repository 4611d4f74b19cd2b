import type { TableEntry } from './tableDraft';

/** A table a choice, in the facilitator's order: every list of tables to pick from. */
export function TableOptions({ tables }: { tables: readonly TableEntry[] }) {
  return tables.map((table) => (
    <option key={table.id} value={table.id}>
      {table.name}
    </option>
  ));
}
