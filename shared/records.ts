// Records keyed by ids from outside (participant ids, group ids, vote keys). A plain object answers
// `constructor`, `toString` or `__proto__` from Object.prototype, and assigning `__proto__` sets the
// prototype instead of storing an entry; these helpers only ever see and write the record's own entries.

/** The entry under `key` only if the record itself holds it. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy with `key` set. A computed key in a literal defines an own entry, even for `__proto__`. */
export function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  return { ...record, [key]: value };
}

/** A copy without `key`. */
export function withoutEntry<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}
