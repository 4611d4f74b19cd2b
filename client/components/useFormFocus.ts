import { type KeyboardEvent, useEffect, useRef } from 'react';

const focusable = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A form that opens in place takes the focus into its first field, closes on Escape, and when it is gone gives
 * the focus back to what opened it (or to the control marked `data-focus-return={returnKey}` that stands there now).
 */
export function useFormFocus<T extends HTMLElement>(onClose: () => void, returnKey?: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    // The opener may already be gone (an edit button replaced by its form): then the focus is on the body.
    const opener = document.activeElement;
    ref.current?.querySelector<HTMLElement>(focusable)?.focus();
    return () => {
      requestAnimationFrame(() => {
        // Only when the focus went down with the form: never pull it away from where the person has moved on to.
        if (document.activeElement && document.activeElement !== document.body) return;
        const mark = returnKey ? document.querySelector<HTMLElement>(`[data-focus-return="${CSS.escape(returnKey)}"]`) : null;
        (opener instanceof HTMLElement && opener !== document.body && opener.isConnected ? opener : mark)?.focus();
      });
    };
  }, [returnKey]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return { ref, onKeyDown };
}
