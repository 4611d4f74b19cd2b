// What the console and the projector show of reactions (i18n/consoleStrings.ts registers them): a phone never loads them.
import { defineStrings } from '../../i18n/define';

export const reactionConsoleStrings = defineStrings({
  da: {
    'reactions.console.title': 'Reaktioner',
    'reactions.console.during': 'Under {title}',
    'reactions.console.none': 'Ingen reaktioner endnu.',
    'reactions.console.noItem': 'Intet punkt er i gang.',
    'reactions.console.total': 'I alt {count}',
    'reactions.console.onItem': 'Reaktioner under dette punkt',
    'reactions.console.onDay': 'Reaktioner i dag',
    'reactions.console.offDay': 'Slået fra for hele dagen.',
    'reactions.projector.label': 'Salens reaktioner',
  },
  en: {
    'reactions.console.title': 'Reactions',
    'reactions.console.during': 'During {title}',
    'reactions.console.none': 'No reactions yet.',
    'reactions.console.noItem': 'No item is on.',
    'reactions.console.total': 'Total {count}',
    'reactions.console.onItem': 'Reactions during this item',
    'reactions.console.onDay': 'Reactions today',
    'reactions.console.offDay': 'Switched off for the whole day.',
    'reactions.projector.label': "The room's reactions",
  },
});
