// Turns a workshop into a downloadable file: loads the data (database + board documents),
// builds the report model once, and hands it to the renderer for the format asked for.
import type { Db } from "../db/client";
import { buildReport } from "../report/buildReport";
import { loadReportInput, type ReadBoardDoc } from "../report/loadReportInput";
import { renderCsv } from "../report/render/csv";
import { renderDocx } from "../report/render/docx";
import { renderPdf } from "../report/render/pdf";
import { renderXlsx } from "../report/render/xlsx";
import { buildSheets, sheetKeys, type SheetKey } from "../report/sheets";
import { reportTexts } from "../report/texts";
import { loadMessages } from "@/i18n/messages";

export const reportFormats = ["docx", "pdf", "xlsx", "csv"] as const;
export type ReportFormat = (typeof reportFormats)[number];

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

/** "Søkekonferanse om helse" → "sokekonferanse-om-helse": safe in every file system and mail client. */
export function fileStem(title: string, date: string | null): string {
  const slug = title
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .replace(/[åÅ]/g, "a")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return [slug || "samla", date].filter(Boolean).join("-");
}

export async function exportReport(db: Db, workshopId: string, format: ReportFormat, readDoc: ReadBoardDoc, sheet: SheetKey = "notes"): Promise<ExportFile> {
  const model = buildReport(await loadReportInput(db, workshopId, readDoc));
  const texts = reportTexts(model.language);
  const stem = fileStem(model.meta.title, model.meta.date);
  const file = (body: Buffer, suffix: string): ExportFile => ({ body, contentType: contentTypes[format], filename: `${stem}${suffix}` });
  switch (format) {
    case "docx":
      return file(await renderDocx(model, texts), ".docx");
    case "pdf":
      return file(await renderPdf(model, texts), ".pdf");
    case "xlsx":
      return file(await renderXlsx(buildSheets(model, texts), (key) => sheetName(model.language, key), texts.t("documentTitle", { title: model.meta.title })), ".xlsx");
    case "csv": {
      const found = buildSheets(model, texts).find((s) => s.key === sheet) ?? buildSheets(model, texts)[0];
      return file(renderCsv(found), `-${fileStem(sheetName(model.language, found.key), null)}.csv`);
    }
  }
}

export function sheetName(language: "nb" | "en", key: SheetKey): string {
  const sheets = (loadMessages(language).export as { page: { sheets: Record<string, string> } }).page.sheets;
  return sheets[key] ?? key;
}

export { sheetKeys };
