// The spreadsheet: one worksheet per sheet, header row frozen and bold. A text cell is a
// shared string in xlsx, which Excel and LibreOffice never run as a formula, so text is kept
// exactly as typed ("=HYPERLINK(…)", "-Malvik kommune"); formula-like text also gets the text
// number format ("@"), so editing the cell later keeps it text. Runs in the report worker.
import ExcelJS from "exceljs";
import { looksLikeFormula, type Cell } from "../neutralise";
import type { Sheet } from "../sheets";

// eslint-disable-next-line no-control-regex
const notInXml = /[\u0000-\u0008\u000B-\u000D\u000E-\u001F\uFFFE\uFFFF]/g;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text exactly as typed, in the escape OOXML strings use for what XML cannot carry: a control
 * character (or a carriage return, which XML parsers turn into a line feed) as _xHHHH_, and so
 * a literal "_x0041_" as _x005F_x0041_, or Excel would read it as "A".
 */
export function ooxmlText(text: string): string {
  return text
    .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F_${m.slice(1)}`)
    .replace(notInXml, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(loneSurrogate, "\uFFFD");
}

function addRow(ws: ExcelJS.Worksheet, cells: readonly Cell[]): ExcelJS.Row {
  const row = ws.addRow(cells.map((c) => (typeof c === "string" ? ooxmlText(c) : c)));
  cells.forEach((c, i) => {
    if (typeof c === "string" && looksLikeFormula(c)) row.getCell(i + 1).numFmt = "@";
  });
  return row;
}

export async function renderXlsx(sheets: Sheet[], sheetName: (key: Sheet["key"]) => string, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samla";
  workbook.title = title;
  for (const sheet of sheets) {
    // Excel limits sheet names to 31 characters.
    const ws = workbook.addWorksheet(sheetName(sheet.key).slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    addRow(ws, sheet.columns).font = { bold: true };
    for (const row of sheet.rows) addRow(ws, row);
    ws.columns.forEach((column, index) => {
      const longest = Math.max(sheet.columns[index]?.length ?? 0, ...sheet.rows.slice(0, 200).map((r) => String(r[index] ?? "").length));
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
