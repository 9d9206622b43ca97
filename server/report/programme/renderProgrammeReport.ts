// A programme's report source to one file, in the report worker: each workshop's model by
// the workshop report's own buildReport (where anonymity and suppression are applied), then
// the programme model from those models, then the same renderers as a workshop's report.
import { buildReport } from "../buildReport";
import type { ProgrammeRenderJob, RenderedReport } from "../formats";
import { readReportInput } from "../loadReportInput";
import { renderDocxDocument } from "../render/docx";
import { renderPdfDocument } from "../render/pdf";
import { renderXlsx } from "../render/xlsx";
import { reportTexts } from "../texts";
import { loadMessages } from "@/i18n/messages";
import { buildProgrammeReport } from "./buildProgrammeReport";
import { programmeDocument } from "./outline";
import { buildProgrammeSheets, type ProgrammeSheetKey } from "./sheets";
import type { ProgrammeReportSource } from "./source";
import { buildMatching } from "./matching";
import type { ProgrammeReportInput } from "./types";

/** Each workshop's own report model, built as its own export builds it. */
export function programmeInput(source: ProgrammeReportSource): ProgrammeReportInput {
  return {
    programme: source.programme,
    workshops: source.workshops.map((w) => ({ id: w.workshop.id, model: buildReport(readReportInput(w)) })),
    links: source.links,
    generatedAt: source.generatedAt,
  };
}

export async function renderProgrammeReport({ source, format }: ProgrammeRenderJob): Promise<RenderedReport> {
  const input = programmeInput(source);
  if (format === "matching") return { body: Buffer.from(JSON.stringify(buildMatching(input))), suffix: ".json" };
  const model = buildProgrammeReport(input);
  const texts = reportTexts(model.language);
  switch (format) {
    case "docx":
      return { body: await renderDocxDocument(programmeDocument(model, texts), texts), suffix: ".docx" };
    case "pdf":
      return { body: await renderPdfDocument(programmeDocument(model, texts)), suffix: ".pdf" };
    case "xlsx": {
      const names = (loadMessages(model.language).export as { programmeSheets: Record<ProgrammeSheetKey, string> }).programmeSheets;
      return { body: await renderXlsx(buildProgrammeSheets(model, texts), (key) => names[key] ?? key, texts.t("programme.documentTitle", { title: model.meta.title })), suffix: ".xlsx" };
    }
    default:
      throw new Error(`unknown programme report format ${JSON.stringify(format satisfies never)}`);
  }
}
