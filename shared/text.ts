// One rule for every text a person types: what a keyboard makes, in one normal form, that every export can hold.
import { z } from 'zod';

/**
 * Refused in every typed text: control characters (line breaks and tabs aside, see below), halves of a surrogate
 * pair without the other half, and Unicode's non-characters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF), which XML 1.0
 * cannot hold: one of them in an idea made the XLSX unreadable. No keyboard makes any of these.
 */
const unprintable = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;
/** What XML 1.0 cannot hold: the exports remove it again from texts stored before this rule. */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Cs}\p{Noncharacter_Code_Point}]/gu;
/**
 * Invisible characters that make one name look like another or reorder the text around it (zero-width spaces,
 * word joiners, a byte-order mark, bidirectional embeddings, overrides and isolates, a soft hyphen). Removed from
 * one-line texts (names, titles, options); joiners U+200C/U+200D stay, emoji and several scripts need them.
 */
const invisible = /[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const lineBreaks = /\r\n?/g;
const anySpaces = /\s+/g;

/** Multi-line texts (ideas, notes, questions) keep line breaks and tabs; CRLF becomes LF. */
function normalisedLines(text: string): string {
  return text.normalize('NFC').replace(lineBreaks, '\n');
}

/** One-line texts lose invisible characters, and every run of white space (a pasted line break too) becomes one space. */
function normalisedLine(text: string): string {
  return text.normalize('NFC').replace(invisible, '').replace(anySpaces, ' ');
}

function hasUnprintable(text: string, lines: boolean): boolean {
  return unprintable.test(lines ? text.replace(/[\t\n]/g, '') : text);
}

export interface TypedTextShape {
  /** Fewest characters after trimming; 0 allows an empty text. */
  min?: number;
  max: number;
  /** Keeps line breaks and tabs (an idea, a note, a question); otherwise the text is one line. */
  lines?: boolean;
}

/** Marks every schema made by typedText, so a test can walk the contract and find a text that escaped the rule. */
export const typedTexts = z.registry<{ lines: boolean }>();

/** A text a person types: normalised (NFC, trimmed, one line unless `lines`), then refused if it holds what no keyboard makes. */
export function typedText({ min = 0, max, lines = false }: TypedTextShape) {
  const schema = z
    .string()
    .overwrite(lines ? normalisedLines : normalisedLine)
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !hasUnprintable(text, lines), 'must not contain control characters or non-characters');
  return schema.register(typedTexts, { lines });
}

/** For the exports: a stored text without what XML 1.0 cannot hold (stored before the rule, or brought by an old import). */
export function xmlSafe(text: string): string {
  return text.replace(notXml, '');
}
