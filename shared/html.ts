// Text people typed, made safe to put in HTML or SVG: the report, the server-rendered join page, the key file.
import { xmlSafe } from './text';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** SVG is XML: it holds only what XML can, so what XML cannot hold is dropped first. */
export function escapeHtml(text: string | number): string {
  return xmlSafe(String(text)).replace(/[&<>"']/g, (c) => entities[c]!);
}
