import { defineStrings } from '../../i18n/define';

export const presenterStrings = defineStrings({
  da: {
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
  },
  en: {
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
  },
});
