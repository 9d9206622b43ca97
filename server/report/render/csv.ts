// One sheet as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so Excel reads æøå right).
import { neutraliseCell, type Cell } from "../neutralise";
import type { Sheet } from "../sheets";

function field(value: Cell): string {
  const cell = neutraliseCell(value);
  if (cell === null) return "";
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(sheet: Sheet): Buffer {
  const lines = [sheet.columns, ...sheet.rows].map((row) => row.map(field).join(","));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
