// Danish strings of "Glem mig" and of the phone once forgotten, which a phone loads after its first screen: they come
// with its code. The English twin (forgetStrings.en.ts) is in the English chunk (i18n/english.ts).
import { addStrings } from '../../i18n';

export const forgetDa = {
  'privacy.forgetMe': 'Glem mig',
  'privacy.forgotten': 'Du er glemt i denne workshop. Dit navn er slettet; dine idéer og prikker er anonyme.',
  'privacy.joinAgain': 'Deltag igen som ny',
  'privacy.forgetConfirm': 'Glem dig i denne workshop? Dit navn slettes. Dine idéer bliver på tavlen uden navn, og dine prikker tæller fortsat som stemmer. Det kan ikke fortrydes.',
};

addStrings({ da: forgetDa, en: {} });
