// Places the words of a word cloud on a spiral from the centre so that no two boxes overlap.

export interface CloudWord {
  label: string;
  count: number;
}

export interface PlacedWord extends CloudWord {
  /** Top-left corner and size of the word's box, in the cloud's own units. */
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

export interface CloudOptions {
  width: number;
  height: number;
  minFont: number;
  maxFont: number;
  /** Width of `label` set at `fontSize`. */
  measure: (label: string, fontSize: number) => number;
  /** Room kept free around each word. */
  padding?: number;
  /** At most this many words, the most frequent. */
  maxWords?: number;
}

const overlaps = (a: PlacedWord, b: Omit<PlacedWord, 'label' | 'count' | 'fontSize'>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Words by count, each on the first free spot of the spiral; a word with no room left is not shown. */
export function layoutCloud(words: readonly CloudWord[], opts: CloudOptions): PlacedWord[] {
  const { width, height, minFont, maxFont, measure, padding = 4, maxWords = 60 } = opts;
  const ranked = [...words].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, maxWords);
  if (ranked.length === 0) return [];
  const most = ranked[0]!.count;
  const least = ranked.at(-1)!.count;
  const placed: PlacedWord[] = [];
  const aspect = width / height;
  const maxRadius = Math.hypot(width, height) / 2;
  for (const word of ranked) {
    const weight = most === least ? 1 : Math.sqrt((word.count - least) / (most - least));
    const fontSize = Math.round(minFont + (maxFont - minFont) * weight);
    const boxWidth = measure(word.label, fontSize) + padding * 2;
    const boxHeight = fontSize * 1.25 + padding * 2;
    if (boxWidth > width || boxHeight > height) continue;
    for (let t = 0; ; t += 0.15) {
      const radius = 2 * t;
      if (radius > maxRadius) break;
      const box = {
        x: width / 2 + radius * Math.cos(t) * aspect * 0.6 - boxWidth / 2,
        y: height / 2 + radius * Math.sin(t) * 0.6 - boxHeight / 2,
        width: boxWidth,
        height: boxHeight,
      };
      const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
      if (inside && !placed.some((p) => overlaps(p, box))) {
        placed.push({ ...word, ...box, fontSize });
        break;
      }
    }
  }
  return placed;
}
