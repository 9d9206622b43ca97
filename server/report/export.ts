// Turns a workshop into a downloadable file: loads the data (database rows + each board's
// encoded state) on the server's thread, then hands it to the report worker
// (report/worker/renderPool.ts), which reads the boards, builds the model and writes the file
// off the event loop.
import { metrics, secondsSince } from "../platform/metrics";
import type { Db } from "../platform/db/client";
import { fileStem } from "./fileStem";
import { loadReportSource, type ReadBoardState } from "./loadReportInput";
import { reportFormats, type ReportFormat } from "./formats";
import type { CsvSeparator } from "./render/csv";
import { sheetKeys, type SheetKey } from "./sheets";
import { renderPool, type RenderPool } from "./worker/renderPool";

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
  readState: ReadBoardState,
  csv: { sheet?: SheetKey; separator?: CsvSeparator } = {},
  pool: RenderPool = renderPool(),
): Promise<ExportFile> {
  const source = await loadReportSource(db, workshopId, readState);
  const started = process.hrtime.bigint();
  const { body, suffix } = await pool.render({ source, format, sheet: csv.sheet, separator: csv.separator });
  metrics.reportRender.observe({ format }, secondsSince(started));
  return { body: Buffer.from(body.buffer, body.byteOffset, body.byteLength), contentType: contentTypes[format], filename: `${fileStem(source.workshop.title, source.workshop.date)}${suffix}` };
}
