// Turns a workshop into a downloadable file: loads the data (database + board documents) and
// builds the report model on the server's thread, then hands the model to the report worker
// (report/worker/renderPool.ts), which writes the file off the event loop.
import type { Db } from "../db/client";
import { buildReport } from "../report/buildReport";
import { fileStem } from "../report/fileStem";
import { loadReportInput, type ReadBoardDoc } from "../report/loadReportInput";
import { reportFormats, type ReportFormat } from "../report/renderReport";
import { sheetKeys, type SheetKey } from "../report/sheets";
import { renderPool, type RenderPool } from "../report/worker/renderPool";

export { fileStem, reportFormats, sheetKeys, type ReportFormat };

export interface ExportFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

const contentTypes: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

export async function exportReport(
  db: Db,
  workshopId: string,
  format: ReportFormat,
  readDoc: ReadBoardDoc,
  sheet: SheetKey = "notes",
  pool: RenderPool = renderPool(),
): Promise<ExportFile> {
  const model = buildReport(await loadReportInput(db, workshopId, readDoc));
  const { body, suffix } = await pool.render({ model, format, sheet });
  return { body: Buffer.from(body.buffer, body.byteOffset, body.byteLength), contentType: contentTypes[format], filename: `${fileStem(model.meta.title, model.meta.date)}${suffix}` };
}
