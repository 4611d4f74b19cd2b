// The facilitator's link as a small file to keep: an HTML page that opens the console with one click.
import { escapeHtml } from '../../../shared/html';

export function keyFileHtml(title: string, link: string): string {
  const t = escapeHtml(title || 'Out of the Box');
  const href = escapeHtml(link);
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${t} – facilitator</title></head><body><h1>${t}</h1><p>Facilitatorens link til konsollen (hold det for dig selv) · The facilitator's link to the console (keep it to yourself):</p><p><a href="${href}">${href}</a></p></body></html>`;
}

export function keyFileName(title: string): string {
  const slug = title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'workshop'}-facilitator.html`;
}
