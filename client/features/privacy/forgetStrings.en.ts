import type { forgetDa } from './forgetStrings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const forgetEn: Record<keyof typeof forgetDa, string> = {
  'privacy.forgetMe': 'Forget me',
  'privacy.forgotten': 'You have been forgotten in this workshop. Your name is deleted; your ideas and dots are anonymous.',
  'privacy.joinAgain': 'Join again as someone new',
  'privacy.forgetConfirm': 'Forget you in this workshop? Your name is deleted. Your ideas stay on the board without a name and your dots still count as votes. This cannot be undone.',
};
