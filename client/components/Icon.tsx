// Icons drawn inline: an emoji renders as an empty box on a venue PC without an emoji font, an SVG never does.
import type { ReactNode } from 'react';
import { LOGO_PATH } from '../../shared/page/logoPath';

// The phone's icons only; the console's are in ConsoleIcon.tsx, so a phone does not download them.
const paths = {
  book: <path d="M4 4.5A2.5 2.5 0 0 1 6.5 2H20v16H6.5a.5.5 0 0 0 0 1H20v3H6.5A2.5 2.5 0 0 1 4 19.5v-15ZM7 5v10h11V4H7v1Z" />,
  handshake: (
    <path d="M2 7h4l3-2h4l1.2.8L16 5h6v9h-3l-5.3 4.6a1.6 1.6 0 0 1-2.2-.1l-.2-.2-.4.3a1.6 1.6 0 0 1-2.2-.2L2 13V7Zm2 2v3.1l5.4 4.6.9-.7-2-2 1.4-1.4 3.3 3.3 4.6-3.9H20V7h-3.4l-3 2-2.7 2.6a2 2 0 0 1-2.8 0L7.4 11l4.3-4.1-.4-.3h-1.7L6.6 9H4Z" />
  ),
  dot: <circle cx="12" cy="12" r="6" />,
  logo: <path d={LOGO_PATH} />,
} as const;

export type IconName = keyof typeof paths;

/** Decorative by default: the button or text beside it says what it means. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return <IconSvg className={className}>{paths[name]}</IconSvg>;
}

export function IconSvg({ className, children }: { className?: string | undefined; children: ReactNode }) {
  return (
    <svg className={`icon${className ? ` ${className}` : ''}`} viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
