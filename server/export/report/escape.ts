import { xmlSafe } from '../../../shared/text';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Everything people typed goes through here before it reaches the report's HTML or SVG (SVG is XML: it holds only what XML can). */
export function escapeHtml(text: string | number): string {
  return xmlSafe(String(text)).replace(/[&<>"']/g, (c) => entities[c]!);
}
