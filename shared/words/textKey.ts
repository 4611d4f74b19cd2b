// One key for texts people typed that mean the same: how partners, poll options and questions are matched across
// workshops, and the first step of a word's key (wordKey.ts). Small and dependency-free: any screen may use it.

/**
 * Zero-width and invisible format characters (soft hyphen, zero-width space/joiners, direction marks and isolates,
 * word joiner, byte-order mark, combining grapheme joiner): pasted from documents, they make equal words look
 * different.
 */
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;
/** "İ" lower-cased is "i" with a combining dot above: the dot is dropped so İstanbul and istanbul are one. */
const DOT_ABOVE_AFTER_I = /(?<=i)\u0307/g;

/**
 * The matching key: compatibility-normalised (fullwidth letters become plain, a combining ring becomes "å"),
 * invisible characters removed, lower case in Danish, runs of space made one, punctuation at the edges dropped.
 * "Røde Kors", "RØDE  KORS." and "Ｒøde Kors" share one key; the empty key means nothing was typed.
 */
export function textKey(raw: string): string {
  return typedForm(raw).toLocaleLowerCase('da-DK').normalize('NFKC').replace(DOT_ABOVE_AFTER_I, '');
}

/** The text as shown: the key's clean-up, with the case people typed. */
export function typedForm(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '');
}
