// What a phone shows of reactions, in both languages: small, and loaded with the reaction bar after the phone's
// first screen (features/join/lazyPhoneParts.ts).
import { addStrings } from '../../i18n';

const da = {
  'reactions.title': 'Reagér',
  'reactions.label': 'Send en reaktion til salen',
  'reactions.sending': 'Sendes …',
  'reactions.counted': 'Talt med på skærmen.',
  'reactions.mine': 'Du har reageret {count} gange under dette punkt.',
  'reactions.off': 'Reaktioner er slået fra under dette punkt.',
  'reactions.slowDown': 'Lidt langsommere – din reaktion blev ikke talt med.',
  'reactions.offline': 'Ikke forbundet – reaktionen blev ikke sendt.',
  'reactions.anonymous': 'Anonymt: kun antallet gemmes.',
  'error.reactions_off': 'Reaktioner er slået fra lige nu.',
  'reactions.kind.clap': 'Klapsalve',
  'reactions.kind.heart': 'Hjerte',
  'reactions.kind.idea': 'God idé',
  'reactions.kind.laugh': 'Sjovt',
  'reactions.kind.think': 'Til eftertanke',
};

/** English, beside the Danish: too few words to be worth a chunk of their own. */
const en: Record<keyof typeof da, string> = {
  'reactions.title': 'React',
  'reactions.label': 'Send a reaction to the room',
  'reactions.sending': 'Sending …',
  'reactions.counted': 'Counted on the screen.',
  'reactions.mine': 'You reacted {count} times during this item.',
  'reactions.off': 'Reactions are switched off during this item.',
  'reactions.slowDown': 'A little slower – your reaction was not counted.',
  'reactions.offline': 'Not connected – the reaction was not sent.',
  'reactions.anonymous': 'Anonymous: only the count is kept.',
  'error.reactions_off': 'Reactions are switched off right now.',
  'reactions.kind.clap': 'Applause',
  'reactions.kind.heart': 'Heart',
  'reactions.kind.idea': 'Good idea',
  'reactions.kind.laugh': 'Funny',
  'reactions.kind.think': 'Food for thought',
};

export const reactionStrings = { da, en };
addStrings(reactionStrings);
/** The translator for this feature: taking it from here is what loads these strings (see addStrings). */
export { errorKey, useT } from '../../i18n';
