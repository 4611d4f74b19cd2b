// The facilitator's tables as typed (a number, or one name a line) turned into the list `board:tables` sets. A table
// keeps its id through renames and reorders, so the phones seated at it and the ideas written there stay with it.

export interface TableEntry {
  id: string;
  name: string;
}

/** The names a typed text holds: one a line, trimmed, empty lines left out. */
export function namesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** "Bord 1" … "Bord n" in the facilitator's language. */
export function numberedNames(count: number, nameOf: (n: number) => string): string[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => nameOf(i + 1));
}

/**
 * The tables for `names`: a name that is already a table's keeps that table (its id); the other names take, in
 * order, the ids of the tables whose names went (a rename); what is left gets a new id.
 */
export function tablesFromNames(names: readonly string[], current: readonly TableEntry[], newId: () => string): TableEntry[] {
  const unclaimed = new Map<string, TableEntry>();
  for (const table of current) if (!unclaimed.has(table.name)) unclaimed.set(table.name, table);
  const kept = names.map((name) => {
    const same = unclaimed.get(name);
    if (same) unclaimed.delete(name);
    return same ? { id: same.id, name } : null;
  });
  const renamed = current.filter((table) => unclaimed.get(table.name) === table);
  return names.map((name, i) => kept[i] ?? { id: renamed.shift()?.id ?? newId(), name });
}

/** Tables that the new list no longer has, so the console can say what removing them means before it is sent. */
export function removedTables(next: readonly TableEntry[], current: readonly TableEntry[]): TableEntry[] {
  const ids = new Set(next.map((table) => table.id));
  return current.filter((table) => !ids.has(table.id));
}

/** Names that appear more than once, as a person reads them (case aside): two tables cannot share a name. */
export function repeatedNames(tables: readonly TableEntry[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { name } of tables) {
    const key = name.toLocaleLowerCase('da');
    if (seen.has(key)) repeated.add(name);
    seen.add(key);
  }
  return [...repeated];
}
