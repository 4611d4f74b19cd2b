import { defineStrings } from '../../i18n/define';

export const privacyStrings = defineStrings({
  da: {
    'privacy.heading': 'Om dine data',
    'privacy.stored': 'Vi gemmer det navn, du skriver (det er valgfrit), dine idéer og dine prikker i denne workshop. Din telefon husker en tilfældig kode, så du er den samme deltager, hvis du genindlæser.',
    'privacy.seen': 'De andre deltagere ser dine idéer uden dit navn og ser aldrig, hvem der har stemt på hvad. Facilitatoren kan se, hvem der har skrevet hvad, og kan vælge at vise navne på skærmen.',
    'privacy.until': 'Workshoppen og alt i den slettes automatisk {date}.',
    'privacy.forever': 'Workshoppen gemmes, indtil arrangøren sletter den.',
    'privacy.forget': 'Du kan når som helst trykke "Glem mig": så slettes dit navn, og dine idéer og prikker bliver anonyme.',
    'privacy.anonymity': 'De andre deltagere ser dine idéer uden dit navn. Facilitatoren kan se, hvem der har skrevet hvad.',
    'privacy.namesShown': 'Facilitatoren viser lige nu forfatternes navne på storskærmen.',
    'privacy.approval': 'Facilitatoren godkender idéerne, før de andre ser dem.',
    'privacy.forgetMe': 'Glem mig',
    'privacy.forgetConfirm': 'Glem dig i denne workshop? Dit navn slettes. Dine idéer bliver på tavlen uden navn, og dine prikker tæller fortsat som stemmer. Det kan ikke fortrydes.',
    'privacy.forgotten': 'Du er glemt i denne workshop. Dit navn er slettet; dine idéer og prikker er anonyme.',
    'privacy.joinAgain': 'Deltag igen som ny',
  },
  en: {
    'privacy.heading': 'About your data',
    'privacy.stored': 'We store the name you give (it is optional), your ideas and your dots in this workshop. Your phone keeps a random code so you stay the same participant when you reload.',
    'privacy.seen': 'Other participants see your ideas without your name and never see who voted for what. The facilitator can see who wrote what and may choose to show names on the big screen.',
    'privacy.until': 'The workshop and everything in it is deleted automatically on {date}.',
    'privacy.forever': 'The workshop is kept until the organiser deletes it.',
    'privacy.forget': 'You can tap "Forget me" at any time: your name is deleted and your ideas and dots become anonymous.',
    'privacy.anonymity': 'Other participants see your ideas without your name. The facilitator can see who wrote what.',
    'privacy.namesShown': 'The facilitator is showing authors’ names on the big screen right now.',
    'privacy.approval': 'The facilitator approves ideas before the others see them.',
    'privacy.forgetMe': 'Forget me',
    'privacy.forgetConfirm': 'Forget you in this workshop? Your name is deleted. Your ideas stay on the board without a name and your dots still count as votes. This cannot be undone.',
    'privacy.forgotten': 'You have been forgotten in this workshop. Your name is deleted; your ideas and dots are anonymous.',
    'privacy.joinAgain': 'Join again as someone new',
  },
});
