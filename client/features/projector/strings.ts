import { defineStrings } from '../../i18n/define';

export const projectorStrings = defineStrings({
  da: {
    'projector.page': 'Side {page}/{pages}',
    'projector.continued': 'fortsat',
    'projector.showQr': 'Vis QR på projektoren',
    'projector.hideQr': 'QR tilbage i hjørnet',
  },
  en: {
    'projector.page': 'Page {page}/{pages}',
    'projector.continued': 'continued',
    'projector.showQr': 'Show QR on the projector',
    'projector.hideQr': 'QR back to its corner',
  },
});
