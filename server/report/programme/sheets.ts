// The programme report as flat tables for the spreadsheet. Like the workshop's sheets.ts it
// only decides columns: every value comes from the programme model (types.ts).
import type { Cell } from "../neutralise";
import type { ReportTexts } from "../texts";
import { organisationCell } from "./outline";
import type { ProgrammeReportModel } from "./types";

export const programmeSheetKeys = ["workshops", "areas", "areasByOrganisation", "chains", "findings"] as const;
export type ProgrammeSheetKey = (typeof programmeSheetKeys)[number];

export interface ProgrammeSheet {
  key: ProgrammeSheetKey;
  columns: string[];
  rows: Cell[][];
}

export function buildProgrammeSheets(model: ProgrammeReportModel, texts: ReportTexts): ProgrammeSheet[] {
  const { t } = texts;
  const titleOf = new Map(model.workshops.map((w) => [w.id, w.title]));
  const workshop = (id: string) => titleOf.get(id) ?? "";
  return [
    {
      key: "workshops",
      columns: [t("programme.workshop"), t("date"), t("place"), t("programme.workshops.participants"), t("programme.workshops.organisations"), t("programme.workshops.round")],
      rows: model.workshops.map((w) => [w.title, w.date, w.place, w.participants, w.organisations, w.roundTitle]),
    },
    {
      key: "areas",
      columns: [t("programme.area"), t("programme.workshop"), t("programme.areas.nameThere"), t("voting.rank"), t("programme.sheets.tied"), t("voting.dots"), t("voting.share")],
      rows: model.areas.flatMap((a) =>
        a.perWorkshop.map((e): Cell[] => [a.title, workshop(e.workshopId), e.title, e.rank, e.rank === null ? null : e.tied ? t("programme.sheets.yes") : t("programme.sheets.no"), e.dots, e.share === null ? null : Math.round(e.share * 1000) / 1000]),
      ),
    },
    {
      key: "areasByOrganisation",
      columns: [t("programme.area"), t("programme.workshop"), t("participation.organisation"), t("voting.voters"), t("voting.dots")],
      rows: model.areas.flatMap((a) =>
        a.perOrganisation.map((row): Cell[] => [a.title, workshop(row.workshopId), organisationCell(row, model, texts), row.kind === "suppressed" ? null : row.voters, row.kind === "suppressed" ? null : row.dots]),
      ),
    },
    {
      key: "chains",
      columns: [t("programme.workshop"), t("sheet.chain"), t("programme.area"), t("sheet.goal"), t("chains.number"), t("chains.action"), t("chains.responsible"), t("participation.organisation"), t("chains.deadline"), t("chains.status")],
      rows: model.chains.flatMap((c) =>
        c.actions.map((a): Cell[] => [workshop(c.workshopId), c.focusAreaTitle ?? t("chains.untitled"), c.areaTitle, c.goal, a.number, a.what, a.responsible, a.responsibleOrganisation, a.deadline, t(`chains.statuses.${a.status}`)]),
      ),
    },
    {
      key: "findings",
      columns: [t("programme.workshop"), t("programme.findings.finding"), t("participation.organisation")],
      rows: model.findings.flatMap((f) => f.items.map((i): Cell[] => [workshop(f.workshopId), i.text, i.organisation])),
    },
  ];
}
