// The English words of the server-rendered join page, its own module so the Danish entry does not load them.
import type { joinShellDa } from './joinShellStrings';

export const joinShellEn: Record<keyof typeof joinShellDa, string> = {
  'app.name': 'Out of the Box',
  'lang.switch': 'Dansk',
  'join.title': 'Welcome to',
  'join.nameLabel': 'Your name (optional)',
  'join.namePlaceholder': 'E.g. Anne from Aarhus',
  'join.submit': 'Enter',
};
