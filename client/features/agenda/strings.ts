import { defineStrings } from '../../i18n/define';

export const agendaStrings = defineStrings({ da: {}, en: {} });
