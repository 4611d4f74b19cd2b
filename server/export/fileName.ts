// Download names carry the workshop's title and day; Danish letters survive via RFC 5987's filename*.
const asciiLetters: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', é: 'e', ß: 'ss' };

/** 'Out of the box — nye partnerskaber' -> 'out-of-the-box-nye-partnerskaber'; letters of any language are kept. */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'workshop';
}

function toAscii(name: string): string {
  const replaced = name.replace(/[æøåäöüéß]/g, (c) => asciiLetters[c]!);
  return replaced.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '');
}

export function exportFileName(title: string, date: string, suffix: string): string {
  return `${slugify(title)}-${date}${suffix}`;
}

/** Old clients read the ASCII filename; every current browser prefers the UTF-8 filename*. */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${toAscii(fileName)}"; filename*=UTF-8''${encoded}`;
}
