// Spreadsheet programs run a cell that starts with = + - @ (and, in some, tab or carriage
// return) as a formula: a note reading "=HYPERLINK(...)" would become a live link in the
// organiser's Excel. Such text cells get a leading apostrophe, which Excel and LibreOffice
// show as plain text. Numbers are written as numbers and never need it.
const dangerous = /^[=+\-@\t\r]/;

export function neutralise(value: string): string {
  return dangerous.test(value) ? `'${value}` : value;
}

export type Cell = string | number | null;

export function neutraliseCell(value: Cell): Cell {
  return typeof value === "string" ? neutralise(value) : value;
}
