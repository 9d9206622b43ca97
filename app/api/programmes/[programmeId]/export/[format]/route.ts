import { getDb } from "@/server/platform/db/client";
import { errorResponse } from "@/server/platform/http/json";
import { log } from "@/server/platform/log";
import { programmeReportFormats, type ProgrammeReportFormat } from "@/server/report/formats";
import { exportProgramme, ProgrammeNotFound } from "@/server/report/programme/exportProgramme";
import { RenderError } from "@/server/report/worker/renderPool";
import { getRuntime } from "@/server/realtime/runtime";
import { requireProgrammeAccess } from "@/server/workshop/programmes/requireProgrammeAccess";
import { download } from "@/server/platform/http/download";

type Context = { params: Promise<{ programmeId: string; format: string }> };

/** GET /api/programmes/:id/export/{docx|pdf|xlsx}: the programme report (members only). */
export async function GET(req: Request, { params }: Context) {
  const { programmeId, format } = await params;
  const auth = await requireProgrammeAccess(req, programmeId, "facilitator");
  if (!auth.ok) return auth.response;
  if (!(programmeReportFormats as readonly string[]).includes(format)) return errorResponse(404, "unknownFormat", { formats: programmeReportFormats });
  const yjs = getRuntime().yjs;
  try {
    return download(await exportProgramme(getDb(), programmeId, format as ProgrammeReportFormat, (boardId) => yjs.readBoardUpdates(boardId)));
  } catch (error) {
    if (error instanceof ProgrammeNotFound) return errorResponse(404, "programmeNotFound");
    if (error instanceof RenderError && error.code === "renderBusy") return errorResponse(503, error.code);
    log.error(`export ${format} of programme ${programmeId} failed`, error);
    return errorResponse(500, error instanceof RenderError ? error.code : "exportFailed");
  }
}
