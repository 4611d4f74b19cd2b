// Danish, the default: loaded with the entry. The English twin (strings.en.ts) loads only when English is shown.
export const presenterDa = {
  'presenter.bar': 'Styring af dagen',
  'presenter.extend5': '+5 min.',
  'presenter.showQr': 'Vis QR',
  'presenter.shortcuts': 'Tastaturgenveje',
  'presenter.close': 'Luk',
  'presenter.key.next': 'Næste punkt',
  'presenter.key.previous': 'Forrige punkt',
  'presenter.key.extend': 'Forlæng det nuværende punkt med 5 minutter',
  'presenter.key.phase': 'Tavlen videre til næste fase (spørger først, som knappen)',
  'presenter.key.help': 'Vis denne liste',
  'presenter.keysNote': 'Virker også med en præsentationsklikker. Genvejene virker ikke, mens du skriver i et felt.',
  'presenter.or': 'eller',
  'presenter.space': 'mellemrum',
};
