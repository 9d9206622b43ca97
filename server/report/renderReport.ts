// A workshop's report source to one file, for every report format. This is what the report
// worker runs (worker/renderWorker.ts): the source (database rows and each board's encoded
// Yjs updates) arrives as plain data, the file leaves as bytes. Reading the boards, building
// the model (where anonymity is applied) and rendering all happen here, off the event loop.
// Everything a renderer needs (texts, sheet names) is derived from the model's language, so
// the job that crosses the thread boundary stays small and plain.
import { loadMessages } from "@/i18n/messages";
import { fileStem } from "./fileStem";
import type { RenderedReport, RenderJob } from "./formats";
import { buildReport } from "./buildReport";
import { readReportInput } from "./loadReportInput";
import { renderCsv } from "./render/csv";
import { renderDocx } from "./render/docx";
import { renderPdf } from "./render/pdf";
import { renderXlsx } from "./render/xlsx";
import { buildSheets, type SheetKey } from "./sheets";
import { reportTexts } from "./texts";
import type { ReportLanguage } from "./types";

/** The sheets' names in the report's language (messages/<locale>/export.json, page.sheets). */
export function sheetNames(language: ReportLanguage): (key: SheetKey) => string {
  // Read once per file: outside production loadMessages reads every message file per call.
  const sheets = (loadMessages(language).export as { page: { sheets: Record<string, string> } }).page.sheets;
  return (key) => sheets[key] ?? key;
}

export async function renderReport({ source, format, sheet = "notes", separator = "semicolon" }: RenderJob): Promise<RenderedReport> {
  const model = buildReport(readReportInput(source));
  const texts = reportTexts(model.language);
  switch (format) {
    case "docx":
      return { body: await renderDocx(model, texts), suffix: ".docx" };
    case "pdf":
      return { body: await renderPdf(model, texts), suffix: ".pdf" };
    case "xlsx":
      return { body: await renderXlsx(buildSheets(model, texts), sheetNames(model.language), texts.t("documentTitle", { title: model.meta.title })), suffix: ".xlsx" };
    case "csv": {
      const sheets = buildSheets(model, texts);
      const found = sheets.find((s) => s.key === sheet) ?? sheets[0];
      return { body: renderCsv(found, separator), suffix: `-${fileStem(sheetNames(model.language)(found.key), null)}.csv` };
    }
    default:
      // Jobs cross a thread boundary untyped; say what was wrong rather than fail on undefined.
      throw new Error(`unknown report format ${JSON.stringify(format satisfies never)}`);
  }
}
