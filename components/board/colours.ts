// How each named board colour looks. Note text stays dark ink on every fill (contrast above
// 7:1), and every colour also has a name in both languages (board.colours.<name>), so colour
// is never the only way to tell notes apart.
import type { BoardColour } from "@/lib/board";

export interface ColourStyle {
  fill: string;
  border: string;
  /** A light tint for the inside of a focus area frame. */
  tint: string;
}

export const colourStyles: Record<BoardColour, ColourStyle> = {
  yellow: { fill: "#fff3a3", border: "#8a7400", tint: "#fffbe0" },
  orange: { fill: "#ffd7a8", border: "#9a4f00", tint: "#fff3e6" },
  pink: { fill: "#ffd0e2", border: "#a3154b", tint: "#fff0f6" },
  purple: { fill: "#e4d4ff", border: "#5b34a0", tint: "#f6f0ff" },
  blue: { fill: "#cfe6ff", border: "#1d58ad", tint: "#eef6ff" },
  green: { fill: "#cdeecb", border: "#2a6b2e", tint: "#eef9ee" },
  grey: { fill: "#e3e6ea", border: "#4f5a64", tint: "#f4f5f7" },
};

/** Colours for other people's cursors, picked from their id so everyone sees the same one. */
const cursorColours = ["#b3261e", "#1d58ad", "#2a6b2e", "#5b34a0", "#9a4f00", "#a3154b", "#0d5561"];

export function cursorColour(seed: string): string {
  let hash = 0;
  for (let i = 0; i < seed.length; i++) hash = (hash * 31 + seed.charCodeAt(i)) | 0;
  return cursorColours[Math.abs(hash) % cursorColours.length];
}
