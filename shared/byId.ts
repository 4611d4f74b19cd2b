/** A new array with the item of `id` replaced by `update(item)`; the same array if there is no such item. */
export function updateById<T extends { id: string }>(list: T[], id: string, update: (item: T) => T): T[] {
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) return list;
  const next = list.slice();
  next[index] = update(next[index]!);
  return next;
}
