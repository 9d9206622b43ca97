// A picture of one board, the way people photographed the wall: focus areas as labelled
// frames, notes as coloured squares with their text, at their positions on the board.
// Vector (SVG) so it stays sharp when zoomed or printed large.
import type { BoardColour, BoardSnapshot } from "@/lib/board";
import { clip, xmlEscape } from "./svg";

const noteFill: Record<BoardColour, string> = {
  yellow: "#fff3a3",
  orange: "#ffd3a1",
  pink: "#ffc6dc",
  purple: "#dccaf5",
  blue: "#c4e0f9",
  green: "#c9efc4",
  grey: "#e2e2e2",
};

const areaStroke: Record<BoardColour, string> = {
  yellow: "#b59a00",
  orange: "#c26a00",
  pink: "#b83d72",
  purple: "#6d4aa8",
  blue: "#1f5f8b",
  green: "#2f7a2a",
  grey: "#666666",
};

/** Breaks text into at most `maxLines` lines of about `perLine` characters, on word boundaries. */
function wrap(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.replace(/\s+/g, " ").trim().split(" ")) {
    if (!word) continue;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    }
    if (lines.length === maxLines) break;
  }
  if (line && lines.length < maxLines) lines.push(line);
  if (lines.length === maxLines && lines.join(" ").length < text.trim().length) lines[maxLines - 1] = clip(lines[maxLines - 1], Math.max(2, lines[maxLines - 1].length));
  return lines;
}

export function boardSvg(board: BoardSnapshot, title: string): string {
  const boxes = [...board.focusAreas, ...board.notes];
  const pad = 40;
  const minX = boxes.length ? Math.min(...boxes.map((b) => b.x)) - pad : 0;
  const minY = boxes.length ? Math.min(...boxes.map((b) => b.y)) - pad - 30 : 0;
  const maxX = boxes.length ? Math.max(...boxes.map((b) => b.x + b.w)) + pad : 800;
  const maxY = boxes.length ? Math.max(...boxes.map((b) => b.y + b.h)) + pad : 600;
  const width = Math.max(200, maxX - minX);
  const height = Math.max(200, maxY - minY);
  const parts: string[] = [];
  parts.push(`<text x="${minX + pad}" y="${minY + 28}" font-size="22" font-weight="bold">${xmlEscape(title)}</text>`);
  for (const area of board.focusAreas) {
    const stroke = areaStroke[area.colour];
    parts.push(
      `<g><title>${xmlEscape(area.title)}</title><rect x="${area.x}" y="${area.y}" width="${area.w}" height="${area.h}" rx="12" fill="${noteFill[area.colour]}" fill-opacity="0.35" stroke="${stroke}" stroke-width="2"/>` +
        `<text x="${area.x + 14}" y="${area.y + 26}" font-size="17" font-weight="bold" fill="${stroke}">${xmlEscape(clip(area.title, Math.floor(area.w / 9)))}${area.rank ? ` (${area.rank})` : ""}</text></g>`,
    );
  }
  for (const note of board.notes) {
    const perLine = Math.max(6, Math.floor((note.w - 16) / 7.2));
    const maxLines = Math.max(1, Math.floor((note.h - 30) / 16));
    const lines = wrap(note.text, perLine, maxLines)
      .map((line, i) => `<tspan x="${note.x + 8}" y="${note.y + 22 + i * 16}">${xmlEscape(line)}</tspan>`)
      .join("");
    parts.push(
      `<g><rect x="${note.x}" y="${note.y}" width="${note.w}" height="${note.h}" fill="${noteFill[note.colour]}" stroke="#00000022"/>` +
        `<text font-size="13">${lines}</text>` +
        (note.authorOrganisation ? `<text x="${note.x + 8}" y="${note.y + note.h - 8}" font-size="10" fill="#555">${xmlEscape(clip(note.authorOrganisation, perLine + 4))}</text>` : "") +
        `</g>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${minX} ${minY} ${width} ${height}" font-family="Arial, Helvetica, sans-serif" fill="#1a1a1a">` +
    `<title>${xmlEscape(title)}</title><rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="#fafafa"/>${parts.join("")}</svg>`
  );
}
