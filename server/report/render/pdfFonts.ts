// Fonts for the PDF. PDF's built-in Helvetica knows only Western European letters, which
// would mangle Sámi place names (Porsáŋgu, Unjárga) and any non-Latin note. A Unicode
// TrueType font is embedded when the machine has one (Debian's fonts-dejavu or
// fonts-liberation, or REPORT_PDF_FONT_DIR pointing at a folder with Regular/Bold files);
// otherwise Helvetica, with letters it cannot show simplified rather than dropped.
import fs from "node:fs";
import path from "node:path";

export interface PdfFonts {
  regular: string;
  bold: string;
  italic: string;
  /** Makes text safe for the chosen font. */
  prepare(text: string): string;
}

const candidates: [string, string, string][] = [
  ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"],
  [
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
  ],
];

// Windows-1252 beyond ASCII: what the standard fonts can draw.
const winAnsiExtra = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtra.has(ch)) out += ch;
    else {
      const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
      out += base.length === 1 && base.charCodeAt(0) < 0x7f ? base : ch === "ŋ" ? "n" : ch === "Ŋ" ? "N" : ch === "đ" ? "d" : ch === "Đ" ? "D" : ch === "ŧ" ? "t" : ch === "Ŧ" ? "T" : "?";
    }
  }
  return out;
}

export function pdfFonts(): PdfFonts {
  const dir = process.env.REPORT_PDF_FONT_DIR;
  const sets = dir
    ? [["Regular", "Bold", "Italic"].map((style) => fs.readdirSync(dir).find((f) => new RegExp(`${style}\\.(ttf|otf)$`, "i").test(f))).map((f) => (f ? path.join(dir, f) : "")) as [string, string, string], ...candidates]
    : candidates;
  for (const [regular, bold, italic] of sets) {
    if (regular && bold && fs.existsSync(regular) && fs.existsSync(bold)) {
      return { regular, bold, italic: italic && fs.existsSync(italic) ? italic : regular, prepare: (t) => t };
    }
  }
  return { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique", prepare: toWinAnsi };
}
