/** A feature's strings: English must have exactly the Danish keys, or it does not type-check. */
export function defineStrings<K extends string>(strings: { da: Record<K, string>; en: Record<NoInfer<K>, string> }) {
  return strings;
}
