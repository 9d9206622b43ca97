// The voting result as a horizontal bar chart: one bar per focus area, longest first, with
// the dots at the end of each bar. Geometry is computed once (barLayout) and drawn twice:
// as SVG (crisp, with labels) and as a PNG fallback for Word versions without SVG support.
import type { ReportVoteItem } from "../types";
import { encodePng } from "./png";
import { clip, xmlEscape } from "./svg";

export interface BarLayout {
  width: number;
  height: number;
  labelWidth: number;
  bars: { y: number; length: number; label: string; dots: number }[];
  barHeight: number;
}

const barHeight = 22;
const gap = 10;
const padding = 16;
const maxBars = 15;

export function barLayout(items: ReportVoteItem[], width = 640): BarLayout {
  const shown = items.slice(0, maxBars);
  const labelWidth = Math.round(width * 0.38);
  const barSpace = width - labelWidth - padding * 2 - 40;
  return {
    width,
    height: padding * 2 + shown.length * (barHeight + gap) - (shown.length > 0 ? gap : 0),
    labelWidth,
    barHeight,
    bars: shown.map((item, index) => ({
      y: padding + index * (barHeight + gap),
      length: Math.max(item.dots > 0 ? 2 : 0, Math.round(item.relative * barSpace)),
      label: `${item.rank}. ${clip(item.title, 40)}`,
      dots: item.dots,
    })),
  };
}

const barColour = "#1f5f8b";

export function barChartSvg(layout: BarLayout, title: string): string {
  const x0 = padding + layout.labelWidth;
  const bars = layout.bars
    .map(
      (bar) =>
        `<text x="${x0 - 8}" y="${bar.y + layout.barHeight / 2}" text-anchor="end" dominant-baseline="middle">${xmlEscape(bar.label)}</text>` +
        `<rect x="${x0}" y="${bar.y}" width="${bar.length}" height="${layout.barHeight}" fill="${barColour}"/>` +
        `<text x="${x0 + bar.length + 6}" y="${bar.y + layout.barHeight / 2}" dominant-baseline="middle">${bar.dots}</text>`,
    )
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img">` +
    `<title>${xmlEscape(title)}</title><rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g font-family="Arial, Helvetica, sans-serif" font-size="13" fill="#1a1a1a">${bars}</g>` +
    `<line x1="${x0}" y1="${padding - 4}" x2="${x0}" y2="${layout.height - padding + 4}" stroke="#555" stroke-width="1"/></svg>`
  );
}

/** Bars and axis only: a raster fallback has no font to draw labels with; the table beside it has them. */
export function barChartPng(layout: BarLayout): Buffer {
  const { width, height } = layout;
  const pixels = Buffer.alloc(width * height * 3, 0xff);
  const fill = (x: number, y: number, w: number, h: number, [r, g, b]: [number, number, number]) => {
    for (let yy = Math.max(0, y); yy < Math.min(height, y + h); yy++) {
      for (let xx = Math.max(0, x); xx < Math.min(width, x + w); xx++) {
        const at = (yy * width + xx) * 3;
        pixels[at] = r;
        pixels[at + 1] = g;
        pixels[at + 2] = b;
      }
    }
  };
  const x0 = padding + layout.labelWidth;
  for (const bar of layout.bars) fill(x0, bar.y, bar.length, layout.barHeight, [0x1f, 0x5f, 0x8b]);
  fill(x0, padding - 4, 1, height - 2 * padding + 8, [0x55, 0x55, 0x55]);
  return encodePng(width, height, pixels);
}
