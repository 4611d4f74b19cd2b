import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { commands } from '../../shared/contract';
import { sessionDocumentSchema } from '../../shared/export/sessionDocument';
import { createSessionRequestSchema } from '../../shared/http/sessions';
import { importQuerySchema } from '../../shared/http/imports';
import { joinSchema } from '../../shared/session/join';
import { typedText, typedTexts, xmlSafe } from '../../shared/text';

interface Leaf {
  path: string;
  schema: z.ZodType;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
/** A string of a fixed shape (an id, a code, a date): a format or a pattern, nothing a person writes freely. */
const hasFormat = (schema: z.ZodType): boolean =>
  defOf(schema).format !== undefined || ((defOf(schema).checks ?? []) as z.ZodType[]).some((check) => defOf(check).check === 'string_format');

/** Every string a schema accepts, wherever it sits (objects, arrays, unions, optional, nullable, pipes). */
function stringLeaves(schema: z.ZodType, path: string, out: Leaf[] = []): Leaf[] {
  const def = defOf(schema);
  const inner = (key: string) => stringLeaves(def[key] as z.ZodType, path, out);
  switch (def.type) {
    case 'string':
      out.push({ path, schema });
      break;
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) stringLeaves(value, `${path}.${key}`, out);
      break;
    case 'array':
      stringLeaves(def.element as z.ZodType, `${path}[]`, out);
      break;
    case 'union':
      (def.options as z.ZodType[]).forEach((option, i) => stringLeaves(option, `${path}|${i}`, out));
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      inner('innerType');
      break;
    case 'pipe':
      // A string transformed, then checked: the check after the transform is what holds it.
      inner(defOf(def.out as z.ZodType).type === 'transform' ? 'in' : 'out');
      break;
  }
  return out;
}

const contract: [string, z.ZodType][] = [
  ...Object.entries(commands).map(([name, spec]): [string, z.ZodType] => [name, spec.schema]),
  ['session:join', joinSchema],
  ['POST /api/sessions', createSessionRequestSchema],
  ['POST /api/sessions/import', importQuerySchema],
  ['import document', sessionDocumentSchema],
];
const leaves = contract.flatMap(([name, schema]) => stringLeaves(schema, name));
const texts = leaves.filter((leaf) => typedTexts.has(leaf.schema));

/** What no keyboard makes: each must be refused in every text a person types. */
const hostile: [string, string][] = [
  ['U+FFFE', '\uFFFE'],
  ['U+FFFF', '\uFFFF'],
  ['U+FDD0', '\uFDD0'],
  ['U+10FFFF', '\u{10FFFF}'],
  ['U+1FFFE', '\u{1FFFE}'],
  ['a lone high surrogate', '\uD800'],
  ['a lone low surrogate', '\uDC00'],
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
  ['ESC', '\u001B'],
  ['DEL', '\u007F'],
  ['a C1 control', '\u0085'],
];

describe('the text rule over the whole contract', () => {
  it('finds the texts people type', () => {
    expect(texts.length).toBeGreaterThan(20);
  });

  it('leaves no string of any command free: each is a typed text or has a fixed format', () => {
    const free = leaves.filter((leaf) => !typedTexts.has(leaf.schema) && !hasFormat(leaf.schema));
    expect(free.map((leaf) => leaf.path)).toEqual([]);
  });

  it.each(texts.map((leaf) => [leaf.path, leaf.schema] as const))('%s refuses what no keyboard makes', (_path, schema) => {
    for (const [name, character] of hostile) expect(schema.safeParse(`ab${character}cd`).success, name).toBe(false);
  });

  it.each(texts.map((leaf) => [leaf.path, leaf.schema] as const))('%s stores one normal form (NFC, trimmed)', (_path, schema) => {
    expect(schema.parse('  Cafe\u0301 ')).toBe('Café');
  });
});

describe('typedText', () => {
  const line = typedText({ max: 40 });
  const lines = typedText({ min: 1, max: 40, lines: true });

  it.each([
    ['zero-width space', 'An\u200Bna', 'Anna'],
    ['a bidi override', '\u202Eanna', 'anna'],
    ['a byte-order mark', '\uFEFFAnna', 'Anna'],
    ['a soft hyphen', 'An\u00ADna', 'Anna'],
    ['a pasted line break', 'Anna\r\nHansen', 'Anna Hansen'],
    ['a tab', 'Anna\tHansen', 'Anna Hansen'],
  ])('removes %s from a one-line text', (_name, typed, stored) => {
    expect(line.parse(typed)).toBe(stored);
  });

  it('keeps the joiners that emoji and scripts need', () => {
    expect(line.parse('👩\u200D💻')).toBe('👩\u200D💻');
  });

  it('keeps line breaks and tabs in a text of several lines, CRLF as LF', () => {
    expect(lines.parse('one\r\ntwo\tthree\rfour')).toBe('one\ntwo\tthree\nfour');
  });

  it('counts characters after normalising', () => {
    expect(typedText({ max: 1 }).parse('e\u0301')).toBe('é');
  });

  it('refuses a text that is only invisible characters where one is required', () => {
    expect(typedText({ min: 1, max: 40 }).safeParse('\u200B\u2060').success).toBe(false);
  });
});

describe('xmlSafe', () => {
  it('removes what XML 1.0 cannot hold and keeps the rest', () => {
    expect(xmlSafe('a\uFFFEb\u0000c\uD800d\u{10FFFF}e\tf\ng\u{1F600}')).toBe('abcde\tf\ng\u{1F600}');
  });
});
