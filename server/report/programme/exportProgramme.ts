// A programme's report as a file, and its focus areas for the matching screen: the sources
// are gathered on the server's thread (each workshop's report source, exactly as its own
// export loads it), everything else happens in the report worker (renderProgrammeReport.ts).
import type { Db } from "../../platform/db/client";
import { fileStem } from "../fileStem";
import type { ProgrammeReportFormat } from "../formats";
import { loadReportSource, type ReadBoardState } from "../loadReportInput";
import { renderPool, type RenderPool } from "../worker/renderPool";
import type { ProgrammeMatching } from "./matching";
import type { ProgrammeReportSource } from "./source";

export class ProgrammeNotFound extends Error {}

const contentTypes: Record<ProgrammeReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export async function loadProgrammeSource(db: Db, programmeId: string, readState: ReadBoardState, now = new Date()): Promise<ProgrammeReportSource> {
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    include: { workshops: { orderBy: [{ date: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }], select: { id: true } }, areaLinks: { orderBy: { createdAt: "asc" } } },
  });
  if (!programme) throw new ProgrammeNotFound(programmeId);
  const workshops = [];
  for (const w of programme.workshops) workshops.push(await loadReportSource(db, w.id, readState, now));
  return {
    programme: { id: programme.id, title: programme.title, description: programme.description, language: programme.language },
    workshops,
    links: programme.areaLinks.map((l) => ({ workshopId: l.workshopId, areaKey: l.areaKey, targetKey: l.targetKey })),
    generatedAt: now.toISOString(),
  };
}

export async function exportProgramme(db: Db, programmeId: string, format: ProgrammeReportFormat, readState: ReadBoardState, pool: RenderPool = renderPool()) {
  const source = await loadProgrammeSource(db, programmeId, readState);
  const { body, suffix } = await pool.render({ kind: "programme", source, format });
  return { body: Buffer.from(body.buffer, body.byteOffset, body.byteLength), contentType: contentTypes[format], filename: `${fileStem(source.programme.title, null)}${suffix}` };
}

/** The areas, their matches and the suggested pairs, computed in the report worker. */
export async function programmeMatching(db: Db, programmeId: string, readState: ReadBoardState, pool: RenderPool = renderPool()): Promise<ProgrammeMatching> {
  const source = await loadProgrammeSource(db, programmeId, readState);
  const { body } = await pool.render({ kind: "programme", source, format: "matching" });
  return JSON.parse(Buffer.from(body).toString("utf8")) as ProgrammeMatching;
}
