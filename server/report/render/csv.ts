// The one CSV writer of the project: the report's sheets and a round's results both go
// through it. RFC 4180 (CRLF, double quotes doubled), UTF-8 with a byte-order mark so Excel
// reads æøå right, formula-like text made inert (../neutralise.ts).
//
// Separator: Norwegian Excel splits a double-clicked CSV on ";" (the list separator of nb-NO)
// and reads "0,375" as a number, so ";" with decimal commas is the default; "," with decimal
// points is there for other programs. Every field holding either separator, a quote, a tab or
// a line break is quoted, whichever separator the file uses, so a note "Kostnad;=2*3" stays one
// cell when read with either separator wherever the field starts a cell. Where it does not (a
// comma file opened in Norwegian Excel splits "a,\"x;=2*3\"" at the ";"), the text after an
// embedded separator or line break would start a cell of its own, so a formula start there
// gets the apostrophe too: "Kostnad;'=2*3".
import { neutralise, type Cell } from "../neutralise";

export const csvSeparators = { semicolon: ";", comma: "," } as const;
export type CsvSeparator = keyof typeof csvSeparators;

export function isCsvSeparator(value: unknown): value is CsvSeparator {
  return value === "semicolon" || value === "comma";
}

const needsQuotes = /[",;\t\r\n]/;
const formulaAfterBreak = /([;,\r\n])([=+\-@\t\r])/g;

function field(value: Cell, separator: CsvSeparator): string {
  if (value === null) return "";
  // Numbers stay numbers: never neutralised, decimal comma where ";" separates.
  const text = typeof value === "number" ? (separator === "semicolon" ? String(value).replace(".", ",") : String(value)) : neutralise(value).replace(formulaAfterBreak, "$1'$2");
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first usually the header) as a CSV file. */
export function writeCsv(rows: readonly (readonly Cell[])[], separator: CsvSeparator = "semicolon"): Buffer {
  const lines = rows.map((row) => row.map((cell) => field(cell, separator)).join(csvSeparators[separator]));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

export function renderCsv(sheet: { columns: string[]; rows: Cell[][] }, separator: CsvSeparator = "semicolon"): Buffer {
  return writeCsv([sheet.columns, ...sheet.rows], separator);
}
