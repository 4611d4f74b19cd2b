// Which key does what on the console: a clicker sends PageDown/PageUp, a keyboard the rest.

export type PresenterAction = 'next' | 'previous' | 'extend' | 'phase' | 'help';

interface KeyLike {
  key: string;
  target: EventTarget | null;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/**
 * The action of a key press, or null. Typing in a field is never a shortcut; on a button, link or radio the arrow
 * keys and space keep their own meaning, while PageDown/PageUp (what a clicker sends) still drive the day.
 */
export function presenterAction(event: KeyLike): PresenterAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""], dialog')) return null;
  const onControl = Boolean(target?.closest('button, a, summary, [role="radio"], [role="tab"], [role="option"]'));
  switch (event.key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'previous';
    case 'ArrowRight':
    case ' ':
      return onControl ? null : 'next';
    case 'ArrowLeft':
      return onControl ? null : 'previous';
    case '+':
      return 'extend';
    case 'b':
    case 'B':
      return 'phase';
    case '?':
      return 'help';
    default:
      return null;
  }
}
