import { addStrings } from '../../i18n';
import { defineStrings } from '../../i18n/define';

export const newWorkshopStrings = defineStrings({
  da: {
    'newWorkshop.title': 'Ny workshop fra skabelon eller fil',
    'newWorkshop.template': 'Skabelon',
    'newWorkshop.items': '{count} punkter, {start}–{end}',
    'newWorkshop.oneItem': '1 punkt, {start}–{end}',
    'newWorkshop.date': 'Dato',
    'newWorkshop.fromTemplate': 'Opret fra skabelon',
    'newWorkshop.file': 'JSON-eksport fra en tidligere workshop',
    'newWorkshop.mode': 'Hvad skal med?',
    'newWorkshop.modeProgramme': 'Kun programmet',
    'newWorkshop.modeFull': 'Programmet og idéerne med stemmer',
    'newWorkshop.import': 'Importér',
    'newWorkshop.working': 'Opretter …',
    'newWorkshop.notJson': 'Filen er ikke en JSON-eksport fra Out of the Box.',
    'newWorkshop.notAnExport': 'Filen kan ikke importeres: den er ikke en JSON-eksport fra Out of the Box, eller den er lavet af en anden version. Brug en fil hentet under »Hent resultaterne« → JSON.',
  },
  en: {
    'newWorkshop.title': 'New workshop from a template or a file',
    'newWorkshop.template': 'Template',
    'newWorkshop.items': '{count} items, {start}–{end}',
    'newWorkshop.oneItem': '1 item, {start}–{end}',
    'newWorkshop.date': 'Date',
    'newWorkshop.fromTemplate': 'Create from template',
    'newWorkshop.file': 'JSON export of an earlier workshop',
    'newWorkshop.mode': 'What to bring along?',
    'newWorkshop.modeProgramme': 'The programme only',
    'newWorkshop.modeFull': 'The programme and the ideas with their votes',
    'newWorkshop.import': 'Import',
    'newWorkshop.working': 'Creating …',
    'newWorkshop.notJson': 'The file is not a JSON export from Out of the Box.',
    'newWorkshop.notAnExport': 'The file cannot be imported: it is not a JSON export from Out of the Box, or it was made by another version. Use a file downloaded under "Download the results" → JSON.',
  },
});

addStrings(newWorkshopStrings);
/** The translator for this feature: taking it from here is what loads these strings (see addStrings). */
export { errorKey, useT } from '../../i18n';
