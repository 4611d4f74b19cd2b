import type { MouseEvent } from 'react';
import { useT } from '../i18n';

/**
 * Links to the console's parts, first in the keyboard order and shown when focused: with a full board there are a
 * hundred Tab stops before the programme. Each moves the focus to its part's heading without touching the
 * address, whose fragment holds the facilitator's key.
 */
export function SkipLinks({ targets }: { targets: { id: string; label: string }[] }) {
  const t = useT();
  const go = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    event.preventDefault();
    heading.tabIndex = -1;
    heading.focus();
  };
  return (
    <nav className="skip-links" aria-label={t('skip.label')} data-testid="skip-links">
      {targets.map(({ id, label }) => (
        <a key={id} href={`#${id}`} onClick={go(id)} data-testid={`skip-${id}`}>
          {label}
        </a>
      ))}
    </nav>
  );
}
