import { addStrings } from '../../i18n';
import { defineStrings } from '../../i18n/define';

export const accessStrings = defineStrings({
  da: {
    'access.title': 'Adgang',
    'access.note': 'Er facilitatorlinket kommet ud, så lav en ny nøgle: det gamle link virker ikke længere, og skærme åbnet med det lukkes.',
    'access.newKey': 'Ny facilitatornøgle',
    'access.confirmNewKey': 'Lav en ny facilitatornøgle? Det gamle link og arrangørens link holder op med at virke med det samme.',
    'access.newKeyDone': 'Ny nøgle lavet. Gem det nye link øverst på siden.',
    'access.moderatorTitle': 'Moderatorlink',
    'access.moderatorNote': 'Til en medvært: godkende, skjule, slå sammen og fremhæve idéer og spørgsmål. Ikke programmet, sletning, eksport eller nøgler.',
    'access.moderatorCreate': 'Lav moderatorlink',
    'access.moderatorRenew': 'Lav et nyt moderatorlink',
    'access.moderatorRevoke': 'Luk moderatorlinket',
    'access.moderatorCopy': 'Kopiér',
    'access.moderatorRevoked': 'Moderatorlinket virker ikke længere.',
  },
  en: {
    'access.title': 'Access',
    'access.note': 'If the facilitator link got out, make a new key: the old link stops working, and screens opened with it are closed.',
    'access.newKey': 'New facilitator key',
    'access.confirmNewKey': "Make a new facilitator key? The old link and the organiser's link stop working at once.",
    'access.newKeyDone': 'New key made. Save the new link at the top of the page.',
    'access.moderatorTitle': 'Moderator link',
    'access.moderatorNote': 'For a co-host: approve, hide, merge and highlight ideas and questions. Not the programme, deletion, exports or keys.',
    'access.moderatorCreate': 'Make a moderator link',
    'access.moderatorRenew': 'Make a new moderator link',
    'access.moderatorRevoke': 'Close the moderator link',
    'access.moderatorCopy': 'Copy',
    'access.moderatorRevoked': 'The moderator link no longer works.',
  },
});

addStrings(accessStrings);
export { type ClientErrorCode, errorKey, useT } from '../../i18n';
