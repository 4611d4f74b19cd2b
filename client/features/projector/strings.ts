// Danish, the default: loaded with the entry. The English twin (strings.en.ts) loads only when English is shown.
export const projectorDa = {
  'projector.page': 'Side {page}/{pages}',
  'projector.continued': 'fortsat',
  'projector.showQr': 'Vis QR på projektoren',
  'projector.hideQr': 'QR tilbage i hjørnet',
};
