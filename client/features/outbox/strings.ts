// Danish: what a phone says about writes on their way or refused. Loaded with the parts that show them (the outbox
// list, polls, questions, dots), after the phone's first screen; the English twin is in the English chunk.
import { addStrings } from '../../i18n';

export const outboxDa = {
  'outbox.waiting': 'Gemt på telefonen. Det sendes af sig selv, når forbindelsen er tilbage og siden er åben – også efter en genindlæsning.',
  'outbox.notSent': 'Ikke sendt.',
  'outbox.retry': 'Prøv igen',
  'outbox.dismiss': 'Fjern',
  'outbox.kind.idea:edit': 'Ændring af din idé',
  'outbox.kind.idea:delete': 'Sletning af din idé',
  'outbox.kind.vote:cast': 'En prik',
  'outbox.kind.vote:retract': 'En prik taget tilbage',
  'outbox.kind.question:upvote': 'Stemme på et spørgsmål',
  'outbox.kind.question:unvote': 'Stemme på et spørgsmål taget tilbage',
  'outbox.kind.poll:answer': 'Dit svar på afstemningen',
  'outbox.forgetAgain': 'Prøv "Glem mig" igen',
  'outbox.forgetNotSent': 'Du er ikke glemt endnu: serveren fik ikke beskeden.',
};

addStrings({ da: outboxDa, en: {} });
