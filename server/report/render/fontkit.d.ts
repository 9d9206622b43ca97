// The part of fontkit (pdfkit's own font engine) that the PDF's font chain uses: whether a font
// has a glyph for a code point. fontkit ships no types of its own.
declare module "fontkit" {
  export function openSync(filename: string, postscriptName?: string): unknown;
}
