import { addStrings } from '../../i18n';
import { defineStrings } from '../../i18n/define';

export const exportStrings = defineStrings({
  da: {
    'exports.title': 'Hent resultaterne',
    'exports.note': 'Idéer, stemmer og programmet, som det forløb. Kan hentes når som helst.',
    'exports.csv': 'CSV (Excel, semikolon)',
    'exports.csvComma': 'CSV (komma)',
    'exports.xlsx': 'Excel (XLSX)',
    'exports.json': 'JSON (kan importeres igen)',
    'exports.report': 'Rapport til udskrift',
    'exports.pdf': 'Rapport som PDF',
    'exports.csvNote':
      "I CSV-filen står der en apostrof (') foran tekst, der begynder med =, +, - eller @, så regnearket ikke udfører den som en formel. Excel-filen (XLSX) viser teksten, præcis som den blev skrevet.",
  },
  en: {
    'exports.title': 'Download the results',
    'exports.note': 'Ideas, votes and the programme as it ran. Available at any time.',
    'exports.csv': 'CSV (Excel, semicolon)',
    'exports.csvComma': 'CSV (comma)',
    'exports.xlsx': 'Excel (XLSX)',
    'exports.json': 'JSON (can be imported again)',
    'exports.report': 'Printable report',
    'exports.pdf': 'Report as PDF',
    'exports.csvNote':
      "In the CSV file, text that begins with =, +, - or @ has an apostrophe (') in front, so a spreadsheet does not run it as a formula. The Excel file (XLSX) shows the text exactly as it was written.",
  },
});

addStrings(exportStrings);
/** The translator for this feature: taking it from here is what loads these strings (see addStrings). */
export { type ClientErrorCode, errorKey, useT } from '../../i18n';
