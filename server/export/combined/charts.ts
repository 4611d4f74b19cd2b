// Plain SVG charts of the combined report: no script, no external asset, legible in print.
import { sectors, type Sector } from '../../../shared/board/framework';
import { escapeHtml as e } from '../report/escape';
import { sectorColours } from '../report/chart';

const WIDTH = 660;
const LABEL = 200;
const BAR = 16;
const GAP = 6;

/** Colours told apart in print and by most colour-blind readers (Okabe–Ito), one per workshop in turn. */
export const workshopColours = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;
export const workshopColour = (index: number) => workshopColours[index % workshopColours.length]!;

const clip = (text: string, max = 30) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function svg(height: number, label: string, parts: string[]): string {
  return `<svg class="chart" role="img" aria-label="${e(label)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

export interface Bar {
  label: string;
  value: number;
  colour: string;
  /** Shown after the bar instead of the value. */
  caption?: string;
}

/** One horizontal bar per row, scaled to the largest. */
export function barChart(label: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  // Room after the longest bar for its caption ("12 (3 workshops)").
  const area = WIDTH - LABEL - 150;
  const parts = bars.flatMap((bar, i) => {
    const y = i * (BAR + GAP);
    const width = Math.round((bar.value / max) * area);
    return [
      `<text x="0" y="${y + 12}">${e(clip(bar.label))}</text>`,
      `<rect x="${LABEL}" y="${y}" width="${width}" height="${BAR}" rx="2" fill="${bar.colour}"/>`,
      `<text x="${LABEL + width + 6}" y="${y + 12}" class="chart-value">${e(bar.caption ?? String(bar.value))}</text>`,
    ];
  });
  return svg(Math.max(BAR, bars.length * (BAR + GAP)), label, parts);
}

/** Per workshop one bar split by the sectors' shares of its ideas, with the percentages written in. */
export function shareChart(label: string, rows: readonly { label: string; shares: Record<Sector, number> }[]): string {
  const area = WIDTH - LABEL;
  const parts = rows.flatMap((row, i) => {
    const y = i * (BAR + GAP + 4);
    let x = LABEL;
    const pieces = sectors.flatMap((sector) => {
      const width = Math.round(row.shares[sector] * area);
      const piece = [`<rect x="${x}" y="${y}" width="${width}" height="${BAR + 4}" fill="${sectorColours[sector]}"/>`];
      if (width >= 34) piece.push(`<text x="${x + 4}" y="${y + 14}" class="on-bar">${Math.round(row.shares[sector] * 100)} %</text>`);
      x += width;
      return piece;
    });
    return [`<text x="0" y="${y + 14}">${e(clip(row.label))}</text>`, ...pieces];
  });
  return svg(Math.max(BAR, rows.length * (BAR + GAP + 4)), label, parts);
}
