// The report formats and the job the report worker takes. Kept apart from renderReport.ts so
// the server's thread can name formats without loading docx, pdfkit and exceljs: those are
// loaded in the worker only.
import type { CsvSeparator } from "./render/csv";
import type { SheetKey } from "./sheets";
import type { ReportSource } from "./types";

export const reportFormats = ["docx", "pdf", "xlsx", "csv"] as const;
export type ReportFormat = (typeof reportFormats)[number];

export interface RenderJob {
  source: ReportSource;
  format: ReportFormat;
  /** Which sheet, for csv. */
  sheet?: SheetKey;
  /** csv: "semicolon" (Norwegian Excel, the default) or "comma". */
  separator?: CsvSeparator;
}

export interface RenderedReport {
  body: Uint8Array;
  /** What follows the file stem in the file name: ".docx", "-lapper.csv" … */
  suffix: string;
}
