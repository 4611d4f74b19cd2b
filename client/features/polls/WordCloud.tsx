import { useMemo } from 'react';
import type { WordCount } from '../../../shared/poll/types';
import { layoutCloud } from './cloudLayout';

const WIDTH = 1000;
const HEIGHT = 520;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const WEIGHT = 700;

let canvas: HTMLCanvasElement | null = null;

/** Width of the text in the font the SVG draws it with; a rough estimate where there is no canvas. */
function measure(label: string, fontSize: number): number {
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return label.length * fontSize * 0.62;
  context.font = `${WEIGHT} ${fontSize}px ${FONT}`;
  return context.measureText(label).width;
}

const colours = ['#1d3557', '#2a6f97', '#c8553d', '#2a8a63', '#6d597a'];

/** The words laid out once per change of counts; the SVG scales to any projector without another layout. */
export function WordCloud({ words, big = false }: { words: readonly WordCount[]; big?: boolean }) {
  const placed = useMemo(
    () => layoutCloud(words, { width: WIDTH, height: HEIGHT, minFont: big ? 22 : 18, maxFont: big ? 96 : 72, measure }),
    [words, big],
  );
  return (
    <svg className="word-cloud" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={words.map((w) => `${w.label} (${w.count})`).join(', ')} data-testid="word-cloud">
      {placed.map((w, i) => (
        <text
          key={w.label}
          x={w.x + w.width / 2}
          y={w.y + w.height / 2}
          fontSize={w.fontSize}
          fontFamily={FONT}
          fontWeight={WEIGHT}
          textAnchor="middle"
          dominantBaseline="central"
          fill={colours[i % colours.length]}
          data-testid="cloud-word"
          data-count={w.count}
          data-box={`${w.x},${w.y},${w.width},${w.height}`}
        >
          {w.label}
        </text>
      ))}
    </svg>
  );
}
