import type { projectorDa } from './strings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const projectorEn: Record<keyof typeof projectorDa, string> = {
  'projector.page': 'Page {page}/{pages}',
  'projector.continued': 'continued',
  'projector.showQr': 'Show QR on the projector',
  'projector.hideQr': 'QR back to its corner',
};
