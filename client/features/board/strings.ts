import { defineStrings } from '../../i18n/define';

export const boardStrings = defineStrings({ da: {}, en: {} });
