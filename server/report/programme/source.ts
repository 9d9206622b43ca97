// What the programme report is built from, in the same two steps as a workshop's report
// (loadReportInput.ts): the rows and each workshop's report source on the server's thread,
// the boards decoded and the models built in the report worker.
import type { ReportSource } from "../types";
import type { ProgrammeReportInput } from "./types";

export interface ProgrammeReportSource {
  programme: ProgrammeReportInput["programme"];
  workshops: ReportSource[];
  links: ProgrammeReportInput["links"];
  generatedAt: string;
}
