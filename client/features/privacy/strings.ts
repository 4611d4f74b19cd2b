// Danish, the default: loaded with the entry. The English twin (strings.en.ts) loads only when English is shown.
export const privacyDa = {
  'privacy.heading': 'Om dine data',
  'privacy.stored': 'Vi gemmer det navn, du skriver (det er valgfrit), dine idéer og dine prikker i denne workshop. Din telefon husker en tilfældig kode, så du er den samme deltager, hvis du genindlæser.',
  'privacy.seen': 'De andre deltagere ser dine idéer uden dit navn og ser aldrig, hvem der har stemt på hvad. Facilitatoren kan se, hvem der har skrevet hvad, og kan vælge at vise navne på skærmen.',
  'privacy.until': 'Workshoppen og alt i den slettes automatisk {date}.',
  'privacy.forever': 'Workshoppen gemmes, indtil arrangøren sletter den.',
  'privacy.forget': 'Du kan når som helst trykke "Glem mig": så slettes dit navn, og dine idéer og prikker bliver anonyme.',
  'privacy.anonymity': 'De andre deltagere ser dine idéer uden dit navn. Facilitatoren kan se, hvem der har skrevet hvad.',
  'privacy.namesShown': 'Facilitatoren viser lige nu forfatternes navne på storskærmen.',
  'privacy.approval': 'Facilitatoren godkender idéerne, før de andre ser dem.',
};
