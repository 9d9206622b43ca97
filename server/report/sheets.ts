// The report model as flat tables: the rows of the spreadsheet's sheets and of the CSV files.
// Anonymity is already applied in the model; this only decides columns. Cells hold raw
// values here; the writers neutralise formula-like text.
import type { Cell } from "./neutralise";
import { groupName } from "./render/outline";
import type { ReportTexts } from "./texts";
import type { ReportModel } from "./types";

export const sheetKeys = ["notes", "focusAreas", "votes", "votesByOrganisation", "chains", "participants"] as const;
export type SheetKey = (typeof sheetKeys)[number];

export interface Sheet {
  key: SheetKey;
  columns: string[];
  rows: Cell[][];
}

export function buildSheets(model: ReportModel, texts: ReportTexts): Sheet[] {
  const { t, sector } = texts;
  const anonymous = model.anonymous;
  const notes: Sheet = {
    key: "notes",
    // One row per note, on the board where it was written; its copies are named, not repeated.
    columns: [
      t("sheet.phase"),
      t("appendix.board"),
      t("appendix.focusArea"),
      t("appendix.text"),
      t("appendix.colour"),
      t("appendix.organisation"),
      ...(anonymous ? [] : [t("appendix.author")]),
      t("appendix.created"),
      t("sheet.wentTo"),
    ],
    rows: model.notes.map((n) => [
      n.phaseTitle,
      n.boardTitle,
      n.focusAreaTitle,
      n.text,
      t(`colours.${n.colour}`),
      n.organisation,
      ...(anonymous ? [] : [n.author]),
      n.createdAt,
      n.wentTo.join(", ") || null,
    ]),
  };
  const focusAreas: Sheet = {
    key: "focusAreas",
    columns: [t("appendix.board"), t("voting.focusArea"), t("sheet.rank"), t("sheet.notes")],
    rows: model.boards.flatMap((b) => b.focusAreas.map((a): Cell[] => [b.title, a.title, a.rank, a.noteCount])),
  };
  const votes: Sheet = {
    key: "votes",
    columns: [t("sheet.round"), t("voting.rank"), t("voting.focusArea"), t("voting.board"), t("voting.dots"), t("voting.share")],
    rows: model.rounds.flatMap((r) => r.items.map((i): Cell[] => [r.title, i.rank, i.title, i.boardTitle, i.dots, Math.round(i.share * 1000) / 1000])),
  };
  const votesByOrganisation: Sheet = {
    key: "votesByOrganisation",
    columns: [t("sheet.round"), t("participation.organisation"), t("voting.voters"), t("voting.focusArea"), t("voting.dots")],
    rows: model.rounds.flatMap((r) =>
      r.byOrganisation.flatMap((row): Cell[][] =>
        // A suppressed row keeps its line, saying why there are no numbers.
        row.kind === "suppressed" ? [[r.title, groupName(row, r, texts), null, null, null]] : row.perItem.map((item): Cell[] => [r.title, groupName(row, r, texts), row.voters, item.title, item.dots]),
      ),
    ),
  };
  const chains: Sheet = {
    key: "chains",
    columns: [
      t("sheet.chain"),
      t("voting.board"),
      t("sheet.goal"),
      t("chains.number"),
      t("chains.action"),
      t("chains.responsible"),
      t("participation.organisation"),
      t("chains.partners"),
      t("sheet.start"),
      t("chains.deadline"),
      t("chains.status"),
      t("chains.resources"),
      t("chains.indicator"),
    ],
    rows: model.chains.flatMap((c) =>
      c.actions.map((a): Cell[] => [
        c.focusAreaTitle ?? t("chains.untitled"),
        c.boardTitle,
        c.goal,
        a.number,
        a.what,
        a.responsible,
        a.responsibleOrganisation,
        a.partners.join(", "),
        a.start,
        a.deadline,
        t(`chains.statuses.${a.status}`),
        a.resources,
        a.indicator,
      ]),
    ),
  };
  const participants: Sheet = model.participation.people
    ? {
        key: "participants",
        columns: [t("participation.name"), t("participation.organisation"), t("participation.sector"), t("participation.role"), t("participation.table")],
        rows: model.participation.people.map((p) => [p.name, p.organisation, sector(p.sector), t(`participation.roles.${p.role === "observer" ? "observer" : "participant"}`), p.table]),
      }
    : {
        // Anonymous: the sheet keeps its place but holds counts, never a person.
        key: "participants",
        columns: [t("participation.organisation"), t("participation.sector"), t("participation.count")],
        rows: model.participation.byOrganisation.map((o) => [o.name, sector(o.sector), o.count]),
      };
  return [notes, focusAreas, votes, votesByOrganisation, chains, participants];
}
