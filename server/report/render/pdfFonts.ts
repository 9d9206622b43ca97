// Fonts for the PDF, bundled in server/report/fonts (no system font needed, no CDN): Noto Sans
// (Latin with æøå and the Sámi letters, Greek, Cyrillic; SIL Open Font License), Noto Emoji
// (monochrome emoji; OFL) and DejaVu Sans (arrows, check marks, Arabic, Hebrew, Georgian and
// more; Bitstream Vera licence). The licences lie beside the files.
//
// A PDF font draws only the glyphs it has, so text is drawn in runs: each grapheme (a letter
// with its accents, an emoji with its skin tone or ZWJ sequence) in the first font of the
// chain that has it. Fonts in REPORT_PDF_FONT_DIR come after the bundled ones, for scripts
// they lack (e.g. a CJK font on a server whose participants write Chinese). A grapheme no font
// has is written as its code point, [U+4E2D], so the reader sees that something was there.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as fontkit from "fontkit";

export type FontStyle = "regular" | "bold" | "italic";

export interface PdfFont {
  /** The name registered with pdfkit. */
  name: string;
  file: string;
  has(codePoint: number): boolean;
}

export interface TextRun {
  font: string;
  text: string;
}

export interface PdfFonts {
  /** Everything pdfkit must register: name → file. */
  files: { name: string; file: string }[];
  /** The text split into runs, each in a font that can draw it. */
  runs(text: string, style: FontStyle): TextRun[];
  /** The main font of a style (labels, numbers, headers). */
  main(style: FontStyle): string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** The folder of bundled fonts; found from the source file, so it works in the report worker too. */
export const bundledFontDir = path.resolve(here, "..", "fonts");

// Characters that never need a glyph of their own: joiners, variation selectors, tag characters.
const invisible = (cp: number) => cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0020 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef);

function open(name: string, file: string): PdfFont {
  const font = fontkit.openSync(file) as unknown as { hasGlyphForCodePoint(cp: number): boolean };
  // A report asks about the same few hundred code points tens of thousands of times.
  const known = new Map<number, boolean>();
  return {
    name,
    file,
    has(cp) {
      let has = known.get(cp);
      if (has === undefined) known.set(cp, (has = font.hasGlyphForCodePoint(cp)));
      return has;
    },
  };
}

function extraFonts(): string[] {
  const dir = process.env.REPORT_PDF_FONT_DIR;
  if (!dir || !fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(ttf|otf)$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

let cached: PdfFonts | null = null;

export function pdfFonts(): PdfFonts {
  if (cached) return cached;
  const bundled = (file: string) => path.join(bundledFontDir, file);
  const mains: Record<FontStyle, PdfFont> = {
    regular: open("regular", bundled("NotoSans-Regular.ttf")),
    bold: open("bold", bundled("NotoSans-Bold.ttf")),
    italic: open("italic", bundled("NotoSans-Italic.ttf")),
  };
  const fallbacks = [open("emoji", bundled("NotoEmoji-Regular.ttf")), open("symbols", bundled("DejaVuSans.ttf")), ...extraFonts().map((file, i) => open(`extra${i}`, file))];
  const segmenter = new Intl.Segmenter("nb", { granularity: "grapheme" });

  const fontFor = (grapheme: string, style: FontStyle): PdfFont | null => {
    const points = [...grapheme].map((c) => c.codePointAt(0)!).filter((cp) => !invisible(cp));
    if (points.length === 0) return mains[style];
    const covers = (f: PdfFont) => points.every((cp) => f.has(cp));
    // An emoji is drawn as an emoji even where the text font has a plain glyph for it (© ™ ↔).
    const emoji = /\p{Extended_Pictographic}/u.test(grapheme) && fallbacks[0].has(points[0]);
    if (emoji) return fallbacks[0];
    return [mains[style], ...fallbacks].find(covers) ?? null;
  };

  const mainCovers = (text: string, style: FontStyle) => {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp !== 0x0a && !mains[style].has(cp)) return false;
    }
    // Emoji that the text font also has (© ™) are drawn from the emoji font (below).
    return !/\p{Extended_Pictographic}/u.test(text) || ![...text].some((c) => /\p{Extended_Pictographic}/u.test(c) && fallbacks[0].has(c.codePointAt(0)!));
  };

  cached = {
    files: [...Object.values(mains), ...fallbacks].map(({ name, file }) => ({ name, file })),
    main: (style) => mains[style].name,
    runs(text, style) {
      // Nearly all text is in the main font alone: one run, without segmenting it.
      if (mainCovers(text, style)) return text === "" ? [] : [{ font: mains[style].name, text }];
      const runs: TextRun[] = [];
      const push = (font: string, piece: string) => {
        const last = runs[runs.length - 1];
        if (last && last.font === font) last.text += piece;
        else runs.push({ font, text: piece });
      };
      for (const { segment } of segmenter.segment(text)) {
        // A line break belongs to whichever run it ends.
        if (segment === "\n") {
          push(runs[runs.length - 1]?.font ?? mains[style].name, segment);
          continue;
        }
        const font = fontFor(segment, style);
        if (font) push(font.name, segment);
        else push(mains[style].name, [...segment].filter((c) => !invisible(c.codePointAt(0)!)).map((c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`).join(""));
      }
      return runs;
    },
  };
  return cached;
}

/**
 * What a participant typed, made drawable: line breaks of any kind become "\n", a tab becomes
 * spaces (pdfkit has no tab stops), other control characters are dropped (they would print as
 * boxes), and a lone surrogate becomes U+FFFD.
 */
export function pdfText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      .replace(/\t/g, "    ")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, "")
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
  );
}
