// What a person at the back of the room can read: each element wholly inside the screen and not cut short.
import type { Page } from 'playwright-core';

/** The elements matching `selector` that are outside the screen or cut short (no ellipsis, nothing overflowing). */
export async function wholeOnScreen(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.flatMap((el) => {
      const box = el.getBoundingClientRect();
      const inside = box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight + 0.5 && box.right <= window.innerWidth + 0.5;
      const whole = el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1;
      return inside && whole && box.height > 0 ? [] : [`${el.textContent?.slice(0, 40)} (${Math.round(box.top)}..${Math.round(box.bottom)})`];
    }),
  );
}
