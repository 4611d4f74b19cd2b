// The shipped files under deploy/, run by tests as they are with only addresses and ports replaced.

/** Replaces `from` with `to` in the shipped `file`, failing loudly when the shipped file no longer has it. */
export function replaceOnce(file: string, config: string, from: string | RegExp, to: string): string {
  const next = config.replace(from, to);
  if (next === config) throw new Error(`${file} no longer contains ${String(from)}`);
  return next;
}
