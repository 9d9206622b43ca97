import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";
import { errorResponse } from "@/server/platform/http/json";
import { log } from "@/server/platform/log";
import { WorkshopNotFound } from "@/server/report/loadReportInput";
import { RenderError } from "@/server/report/worker/renderPool";
import { csvSeparators, isCsvSeparator, type CsvSeparator } from "@/server/report/render/csv";
import { sheetKeys, type SheetKey } from "@/server/report/sheets";
import { getRuntime } from "@/server/realtime/runtime";
import { archiveFile } from "@/server/report/archive/archiveFiles";
import { exportReport, reportFormats, type ReportFormat } from "@/server/report/export";
import { download } from "@/server/platform/http/download";

type Context = { params: Promise<{ workshopId: string; format: string }> };

/**
 * GET /api/workshops/:id/export/{docx|pdf|xlsx|csv|json}; csv takes ?sheet=notes|focusAreas|
 * votes|votesByOrganisation|chains|participants and ?separator=semicolon (the default: columns in
 * Norwegian Excel)|comma. Facilitators and organisers of the workshop
 * only (session cookie or bearer token), during and after the workshop.
 */
export async function GET(req: Request, { params }: Context) {
  const { workshopId, format } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  const query = new URL(req.url).searchParams;
  const sheet = query.get("sheet") ?? "notes";
  const separator = query.get("separator") ?? "semicolon";
  if (format !== "json" && !(reportFormats as readonly string[]).includes(format)) return errorResponse(404, "unknownFormat", { formats: [...reportFormats, "json"] });
  if (format === "csv" && !(sheetKeys as readonly string[]).includes(sheet)) return errorResponse(400, "unknownSheet", { sheets: sheetKeys });
  if (format === "csv" && !isCsvSeparator(separator)) return errorResponse(400, "unknownSeparator", { separators: Object.keys(csvSeparators) });
  // Board documents come from the live Yjs server, so an export mid-workshop has the latest notes.
  const yjs = getRuntime().yjs;
  try {
    const file =
      format === "json"
        ? await archiveFile(getDb(), workshopId, (boardId) => yjs.readBoardDoc(boardId))
        : // Encoded states only: the report worker decodes the boards, off this event loop.
          await exportReport(getDb(), workshopId, format as ReportFormat, (boardId) => yjs.readBoardUpdates(boardId), { sheet: sheet as SheetKey, separator: separator as CsvSeparator });
    return download(file);
  } catch (error) {
    if (error instanceof WorkshopNotFound) return errorResponse(404, "notFound");
    // The report worker is full: a moment later it will not be; nothing is wrong with the workshop.
    if (error instanceof RenderError && error.code === "renderBusy") return errorResponse(503, error.code);
    log.error(`export ${format} of workshop ${workshopId} failed`, error);
    // renderFailed / renderWorkerFailed / renderTimeout say which part gave up; the server itself carries on.
    return errorResponse(500, error instanceof RenderError ? error.code : "exportFailed");
  }
}
