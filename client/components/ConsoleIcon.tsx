// The console's icons (drag grip, menus, arrows), apart from the phone's (Icon.tsx): a phone never downloads them.
import { IconSvg } from './Icon';

const paths = {
  more: <path d="M5 10.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm7 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm7 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z" />,
  grip: <path d="M9 5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm6 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm-6 5.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm6 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3ZM9 16a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm6 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z" />,
  close: <path d="M6.4 5 5 6.4l5.6 5.6L5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6 6.4 5Z" />,
  up: <path d="M12 4 5 11l1.4 1.4L11 7.8V20h2V7.8l4.6 4.6L19 11l-7-7Z" />,
  down: <path d="m12 20 7-7-1.4-1.4-4.6 4.6V4h-2v12.2l-4.6-4.6L5 13l7 7Z" />,
  left: <path d="m4 12 7 7 1.4-1.4L7.8 13H20v-2H7.8l4.6-4.6L11 5l-7 7Z" />,
  right: <path d="m20 12-7-7-1.4 1.4 4.6 4.6H4v2h12.2l-4.6 4.6L13 19l7-7Z" />,
} as const;

export type ConsoleIconName = keyof typeof paths;

/** Decorative by default: the button or text beside it says what it means. */
export function ConsoleIcon({ name, className }: { name: ConsoleIconName; className?: string }) {
  return <IconSvg className={className}>{paths[name]}</IconSvg>;
}
