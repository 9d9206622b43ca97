// How a note's text is drawn so a whole thought fits on the note: the largest font size whose
// estimated lines fit the note, and Norwegian hyphenation points (soft hyphens) so a long
// compound breaks where Norwegian breaks it ("Helse-syke-pleier"), not at the box's edge.
// The hyphenation patterns are large (half a megabyte), so they load once, on the first note
// with a long word; until then the browser's own `hyphens: auto` does what it can.
"use client";
import { useEffect, useState } from "react";

/** Font sizes tried, largest first (px). The last one is used when nothing fits. */
export const noteFontSizes = [18, 16, 15, 14, 13, 12] as const;

/** The note's padding and footer, which the text does not get (px, matching NoteCard). */
const inset = { w: 20, h: 30 };
/** Average advance of a character in the UI font, as a share of the font size. */
const charWidth = 0.53;
const lineHeight = 1.3;

/** Lines `text` takes at `font` px in a column `width` px wide (word wrap, estimated). */
export function estimateLines(text: string, font: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (font * charWidth)));
  return text.split("\n").reduce((sum, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = word.length;
      if (used === 0) {
        lines += Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine || perLine;
      } else if (used + 1 + length <= perLine) used += 1 + length;
      else {
        lines += 1 + Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine || perLine;
      }
    }
    return sum + lines;
  }, 0);
}

/** The largest size of `noteFontSizes` at which `text` fits a `w`×`h` note. */
export function fitNoteFont(text: string, w: number, h: number): number {
  const width = w - inset.w;
  const height = h - inset.h;
  for (const size of noteFontSizes) if (estimateLines(text, size, width) * size * lineHeight <= height) return size;
  return noteFontSizes[noteFontSizes.length - 1];
}

type Hyphenate = (text: string) => string;
let loaded: Hyphenate | null = null;
let loading: Promise<Hyphenate> | null = null;

function loadHyphenator(): Promise<Hyphenate> {
  loading ??= import("hyphen/nb").then((module) => {
    loaded = (text) => module.hyphenateSync(text, { hyphenChar: "\u00AD", minWordLength: 8 });
    return loaded;
  });
  return loading;
}

const longWord = /[^\s]{10,}/;

/** `text` with soft hyphens where Norwegian may break its long words (unchanged until the patterns have loaded). */
export function useHyphenated(text: string): string {
  const needed = longWord.test(text);
  const [, setReady] = useState(loaded !== null);
  useEffect(() => {
    if (!needed || loaded) return;
    let live = true;
    void loadHyphenator().then(() => live && setReady(true), () => undefined);
    return () => {
      live = false;
    };
  }, [needed]);
  return needed && loaded ? loaded(text) : text;
}
