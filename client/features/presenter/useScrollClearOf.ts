import { useEffect } from 'react';

/** Room left above a part scrolled into view, below the sticky bars. */
const GAP_PX = 8;

/**
 * Whatever scrolls into view (a skip link's heading, a focused field, an anchor) stops below the sticky element
 * `sticky`, not under it: the page's scroll padding follows where that element ends, as it wraps to a second
 * line or the offline banner joins it.
 */
export function useScrollClearOf(sticky: HTMLElement | null): void {
  useEffect(() => {
    if (!sticky) return;
    const root = document.documentElement;
    const update = () => {
      const top = parseFloat(getComputedStyle(sticky).top) || 0;
      root.style.scrollPaddingTop = `${Math.ceil(top + sticky.offsetHeight + GAP_PX)}px`;
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(sticky);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, [sticky]);
}
