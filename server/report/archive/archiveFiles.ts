// The archive at the HTTP edge: export as a JSON download, import from an uploaded file.
import type { Db } from "../../platform/db/client";
import type { ReadBoardDoc } from "../loadReportInput";
import { exportArchive } from "./exportArchive";
import { ArchiveContentError, importArchive } from "./importArchive";
import { archiveFormat, archiveSchema, archiveVersion } from "./schema";
import { fileStem, type ExportFile } from "../export";
import { WorkshopError } from "../../workshop/errors";
import { refusePassedRetention } from "../../workshop/retention";

/** An archive with 2,000 notes is a few MB; this leaves room for very large workshops. */
export const archiveMaxBytes = 100 * 1024 * 1024;

export async function archiveFile(db: Db, workshopId: string, readDoc: ReadBoardDoc): Promise<ExportFile> {
  const archive = await exportArchive(db, workshopId, readDoc);
  return {
    body: Buffer.from(JSON.stringify(archive), "utf8"),
    contentType: "application/json; charset=utf-8",
    filename: `${fileStem(archive.workshop.title, archive.workshop.date)}-samla-arkiv.json`,
  };
}

export type ImportOutcome = { ok: true; workshopId: string } | { ok: false; status: number; code: string; details?: unknown };

/**
 * `retentionMonths` replaces the archive's own period: an archive is often of a meeting long
 * past, which the default period would have the sweep delete within the hour of its import.
 */
export async function importArchiveText(db: Db, text: string, ownerId: string, retentionMonths?: number): Promise<ImportOutcome> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, code: "invalidJson" };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (head?.format === archiveFormat && typeof head.version === "number" && head.version > archiveVersion) {
    return { ok: false, status: 400, code: "unsupportedVersion", details: { version: head.version, supported: archiveVersion } };
  }
  const parsed = archiveSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, status: 400, code: "invalidArchive", details: parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join("."), code: i.message })) };
  }
  const archive = retentionMonths === undefined ? parsed.data : { ...parsed.data, workshop: { ...parsed.data.workshop, retentionMonths } };
  try {
    await refusePassedRetention(db, { date: archive.workshop.date, createdAt: new Date(), retentionMonths: archive.workshop.retentionMonths });
    return { ok: true, ...(await importArchive(db, archive, ownerId)) };
  } catch (error) {
    if (error instanceof ArchiveContentError) return { ok: false, status: 400, code: "invalidArchive", details: error.message };
    if (error instanceof WorkshopError) return { ok: false, status: error.status, code: error.code, details: error.details };
    throw error;
  }
}
