// Spreadsheet programs run a cell that starts with = + - @ (and, in some, tab or carriage
// return) as a formula: a note reading "=HYPERLINK(...)" would become a live link in the
// organiser's Excel.
// - CSV has no way to mark a field as text, so such a field gets a leading apostrophe (the
//   OWASP advice): Excel and LibreOffice then open it as text, and the reader sees why.
// - xlsx does: a string cell is a shared string, never a formula, so the text stays exactly
//   as typed there (render/xlsx.ts), with the text number format so an edit keeps it text.
// Numbers are written as numbers and never need either.
import type { Cell } from "../../lib/domain/sheetCell";

export type { Cell };

const formulaStart = /^[=+\-@\t\r]/;


export function looksLikeFormula(value: string): boolean {
  return formulaStart.test(value);
}

/** CSV only: text that a spreadsheet would run, made inert. */
export function neutralise(value: string): string {
  return looksLikeFormula(value) ? `'${value}` : value;
}
