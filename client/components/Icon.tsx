// Icons drawn inline: an emoji renders as an empty box on a venue PC without an emoji font, an SVG never does.
import { LOGO_PATH } from './logoPath';

const paths = {
  more: <path d="M5 10.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm7 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm7 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z" />,
  grip: <path d="M9 5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm6 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm-6 5.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm6 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3ZM9 16a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm6 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z" />,
  close: <path d="M6.4 5 5 6.4l5.6 5.6L5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6 6.4 5Z" />,
  up: <path d="M12 4 5 11l1.4 1.4L11 7.8V20h2V7.8l4.6 4.6L19 11l-7-7Z" />,
  down: <path d="m12 20 7-7-1.4-1.4-4.6 4.6V4h-2v12.2l-4.6-4.6L5 13l7 7Z" />,
  left: <path d="m4 12 7 7 1.4-1.4L7.8 13H20v-2H7.8l4.6-4.6L11 5l-7 7Z" />,
  right: <path d="m20 12-7-7-1.4 1.4 4.6 4.6H4v2h12.2l-4.6 4.6L13 19l7-7Z" />,
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
  return (
    <svg className={`icon${className ? ` ${className}` : ''}`} viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false">
      {paths[name]}
    </svg>
  );
}
