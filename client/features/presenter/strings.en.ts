import type { presenterDa } from './strings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const presenterEn: Record<keyof typeof presenterDa, string> = {
  'presenter.bar': 'Running the day',
  'presenter.extend5': '+5 min',
  'presenter.showQr': 'Show QR',
  'presenter.shortcuts': 'Keyboard shortcuts',
  'presenter.close': 'Close',
  'presenter.key.next': 'Next item',
  'presenter.key.previous': 'Previous item',
  'presenter.key.extend': 'Extend the current item by 5 minutes',
  'presenter.key.phase': 'Board on to its next phase (asks first, like the button)',
  'presenter.key.help': 'Show this list',
  'presenter.keysNote': 'Works with a presentation clicker too. The shortcuts do nothing while you type in a field.',
  'presenter.or': 'or',
  'presenter.space': 'space',
};
