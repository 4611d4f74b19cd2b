import type { privacyDa } from './strings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const privacyEn: Record<keyof typeof privacyDa, string> = {
  'privacy.heading': 'About your data',
  'privacy.stored': 'We store the name you give (it is optional), your ideas and your dots in this workshop. Your phone keeps a random code so you stay the same participant when you reload.',
  'privacy.seen': 'Other participants see your ideas without your name and never see who voted for what. The facilitator can see who wrote what and may choose to show names on the big screen.',
  'privacy.until': 'The workshop and everything in it is deleted automatically on {date}.',
  'privacy.forever': 'The workshop is kept until the organiser deletes it.',
  'privacy.forget': 'You can tap "Forget me" at any time: your name is deleted and your ideas and dots become anonymous.',
  'privacy.anonymity': 'Other participants see your ideas without your name. The facilitator can see who wrote what.',
  'privacy.namesShown': 'The facilitator is showing authors’ names on the big screen right now.',
  'privacy.approval': 'The facilitator approves ideas before the others see them.',
};
