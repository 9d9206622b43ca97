// The spreadsheet: one worksheet per sheet, header row frozen and bold, text cells
// neutralised against formula injection. Runs in the report worker (renderWorker.ts).
import ExcelJS from "exceljs";
import { neutraliseCell } from "../neutralise";
import type { Sheet } from "../sheets";

export async function renderXlsx(sheets: Sheet[], sheetName: (key: Sheet["key"]) => string, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samla";
  workbook.title = title;
  for (const sheet of sheets) {
    // Excel limits sheet names to 31 characters.
    const ws = workbook.addWorksheet(sheetName(sheet.key).slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(sheet.columns.map((c) => neutraliseCell(c)));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((c) => neutraliseCell(c)));
    ws.columns.forEach((column, index) => {
      const longest = Math.max(sheet.columns[index]?.length ?? 0, ...sheet.rows.slice(0, 200).map((r) => String(r[index] ?? "").length));
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
