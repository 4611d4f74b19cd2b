// Ideas and votes per sector as inline SVG: no script, no external asset, prints crisply.
import type { Sector } from '../../../shared/board/framework';
import { exportWords, type ExportLanguage } from '../../../shared/export/labels';
import type { Summary } from '../../../shared/export/summary';
import { escapeHtml } from '../../../shared/html';

export const sectorColours: Record<Sector, string> = { public: '#2a6f97', market: '#c8553d', civil: '#2a8a63' };

const WIDTH = 640;
const LABEL_WIDTH = 170;
const BAR_AREA = WIDTH - LABEL_WIDTH - 60;
const BAR = 20;
const GAP = 8;
const HEADING = 26;

export function sectorChart(summary: Summary, lang: ExportLanguage): string {
  const blocks = (['ideas', 'votes'] as const).map((metric) => {
    const max = Math.max(1, ...summary.sectors.map((s) => s[metric]));
    return { heading: exportWords[metric][lang], bars: summary.sectors.map((s) => ({ ...s, value: s[metric], max })) };
  });
  const blockHeight = HEADING + summary.sectors.length * (BAR + GAP) + GAP;
  const parts: string[] = [];
  blocks.forEach((block, b) => {
    const top = b * blockHeight;
    parts.push(`<text x="0" y="${top + 18}" class="chart-heading">${escapeHtml(block.heading)}</text>`);
    block.bars.forEach((bar, i) => {
      const y = top + HEADING + i * (BAR + GAP);
      const width = Math.round((bar.value / bar.max) * BAR_AREA);
      parts.push(
        `<text x="0" y="${y + 15}">${escapeHtml(bar.sector)}</text>`,
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR}" rx="3" fill="${sectorColours[bar.sectorKey]}"/>`,
        `<text x="${LABEL_WIDTH + width + 6}" y="${y + 15}" class="chart-value">${bar.value}</text>`,
      );
    });
  });
  const height = blocks.length * blockHeight;
  return `<svg class="chart" role="img" aria-label="${escapeHtml(blocks.map((b) => b.heading).join(' / '))}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
