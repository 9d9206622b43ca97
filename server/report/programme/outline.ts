// The programme report's body as the same format-neutral blocks the workshop report uses, so
// Word and PDF draw it with the same renderers (render/docx.ts, render/pdf.ts).
import { groupName, type Block, type ReportDocument } from "../render/outline";
import type { ReportTexts } from "../texts";
import type { ReportVoteItem } from "../types";
import type { ProgrammeArea, ProgrammeReportModel } from "./types";

type Texts = ReportTexts;

/** "2=" for a shared rank, "–" where the area was not on that workshop's ballot. */
export function rankCell(entry: { rank: number | null; tied: boolean } | undefined): string {
  if (!entry || entry.rank === null) return "–";
  return entry.tied ? `${entry.rank}=` : String(entry.rank);
}

/** A breakdown row's name as the workshop's own report writes it. */
export function organisationCell(row: ProgrammeArea["perOrganisation"][number], model: ProgrammeReportModel, texts: Texts): string {
  const workshop = model.workshops.find((w) => w.id === row.workshopId);
  return groupName(row, { minGroupSize: workshop?.minGroupSize ?? null }, texts);
}

function workshops(model: ProgrammeReportModel, { t, date }: Texts): Block[] {
  return [
    { kind: "heading", level: 1, text: t("programme.workshops.heading") },
    { kind: "paragraph", text: t("programme.workshops.lead", { count: model.workshops.length }) },
    {
      kind: "table",
      columns: [t("programme.workshop"), t("date"), t("place"), t("programme.workshops.participants"), t("programme.workshops.organisations"), t("programme.workshops.round")],
      rows: model.workshops.map((w) => [w.title, date(w.date), w.place ?? "", w.participants, w.organisations, w.roundTitle ?? t("programme.workshops.noRound")]),
      weights: [3, 2, 2, 1.3, 1.3, 2],
    },
  ];
}

function areaChart(area: ProgrammeArea, model: ProgrammeReportModel): ReportVoteItem[] {
  const voted = area.perWorkshop.filter((e) => e.rank !== null && e.dots !== null);
  const top = Math.max(0, ...voted.map((e) => e.share ?? 0));
  const titleOf = new Map(model.workshops.map((w) => [w.id, w.title]));
  return voted.map((e) => ({
    rank: e.rank!,
    tied: e.tied,
    title: titleOf.get(e.workshopId) ?? "",
    boardTitle: "",
    dots: e.dots!,
    share: e.share ?? 0,
    // Bars by share, not by dots: workshops of different sizes side by side.
    relative: top > 0 ? (e.share ?? 0) / top : 0,
  }));
}

function areas(model: ProgrammeReportModel, texts: Texts): Block[] {
  const { t, percent } = texts;
  const titleOf = new Map(model.workshops.map((w) => [w.id, w.title]));
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: t("programme.areas.heading") },
    { kind: "paragraph", text: t("programme.areas.lead") },
    { kind: "paragraph", text: t("programme.areas.privacy"), muted: true },
  ];
  if (model.areas.length === 0) return [...blocks, { kind: "paragraph", text: t("programme.areas.none"), muted: true }];
  blocks.push({
    kind: "table",
    columns: [t("voting.focusArea"), ...model.workshops.map((w) => w.title)],
    rows: model.areas.map((a) => [a.title, ...model.workshops.map((w) => rankCell(a.perWorkshop.find((e) => e.workshopId === w.id)))]),
    weights: [3, ...model.workshops.map(() => 1.5)],
  });
  for (const area of model.areas) {
    blocks.push(
      { kind: "heading", level: 2, text: area.title },
      {
        kind: "table",
        columns: [t("programme.workshop"), t("programme.areas.nameThere"), t("voting.rank"), t("voting.dots"), t("voting.share")],
        rows: area.perWorkshop.map((e) => [titleOf.get(e.workshopId) ?? "", e.title, rankCell(e), e.dots ?? "–", e.share === null ? "–" : percent(e.share)]),
        weights: [3, 3, 1, 1, 1],
      },
    );
    const chart = areaChart(area, model);
    if (chart.length > 0) blocks.push({ kind: "chart", alt: t("programme.areas.chartAlt", { title: area.title }), items: chart });
    if (area.perOrganisation.length > 0) {
      blocks.push(
        { kind: "heading", level: 3, text: t("voting.byOrganisation") },
        {
          kind: "table",
          columns: [t("programme.workshop"), t("participation.organisation"), t("voting.voters"), t("voting.dots")],
          rows: area.perOrganisation.map((row) => [titleOf.get(row.workshopId) ?? "", organisationCell(row, model, texts), row.kind === "suppressed" ? "" : row.voters, row.kind === "suppressed" ? "" : row.dots]),
          weights: [3, 3, 1, 1],
        },
      );
    }
  }
  return blocks;
}

function chains(model: ProgrammeReportModel, { t, date }: Texts): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 1, text: t("chains.heading") }];
  if (model.chains.length === 0) return [...blocks, { kind: "paragraph", text: t("chains.none"), muted: true }];
  for (const w of model.workshops) {
    const own = model.chains.filter((c) => c.workshopId === w.id);
    if (own.length === 0) continue;
    blocks.push({ kind: "heading", level: 2, text: w.title });
    for (const chain of own) {
      blocks.push(
        { kind: "heading", level: 3, text: chain.focusAreaTitle ? t("chains.chain", { title: chain.focusAreaTitle }) : t("chains.untitled") },
        { kind: "labelled", label: t("chains.goal"), text: chain.goal.trim() || t("chains.noGoal") },
      );
      if (chain.areaTitle && chain.areaTitle !== chain.focusAreaTitle) blocks.push({ kind: "labelled", label: t("programme.chains.area"), text: chain.areaTitle });
      blocks.push(
        chain.actions.length === 0
          ? { kind: "paragraph", text: t("chains.noActions"), muted: true }
          : {
              kind: "table",
              columns: [t("chains.number"), t("chains.action"), t("chains.responsible"), t("chains.deadline"), t("chains.status")],
              rows: chain.actions.map((a) => [a.number, a.what, [a.responsible, a.responsibleOrganisation].filter(Boolean).join(", "), a.deadline ? date(a.deadline) : "", t(`chains.statuses.${a.status}`)]),
              weights: [0.7, 4.5, 3, 1.7, 1.5],
            },
      );
    }
  }
  return blocks;
}

function findings(model: ProgrammeReportModel, { t }: Texts): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 1, text: t("programme.findings.heading") }];
  if (model.findings.length === 0) return [...blocks, { kind: "paragraph", text: t("programme.findings.none"), muted: true }];
  const titleOf = new Map(model.workshops.map((w) => [w.id, w.title]));
  for (const f of model.findings) {
    blocks.push({ kind: "heading", level: 2, text: titleOf.get(f.workshopId) ?? "" }, { kind: "bullets", items: f.items.map((i) => (i.organisation ? `${i.text} (${i.organisation})` : i.text)) });
  }
  return blocks;
}

export function programmeDocument(model: ProgrammeReportModel, texts: Texts): ReportDocument {
  const { t, date } = texts;
  const dates = model.workshops.map((w) => w.date).filter((d): d is string => d !== null).sort();
  return {
    language: model.language,
    title: model.meta.title,
    subtitle: t("programme.subtitle"),
    documentTitle: t("programme.documentTitle", { title: model.meta.title }),
    details: [
      [t("programme.workshopCount"), String(model.workshops.length)],
      [t("programme.period"), dates.length ? `${date(dates[0])} – ${date(dates[dates.length - 1])}` : t("notGiven")],
      ...(model.meta.description ? [[t("programme.description"), model.meta.description] as [string, string]] : []),
    ],
    generated: t("generated", { date: date(model.generatedAt) }),
    sections: [workshops(model, texts), areas(model, texts), chains(model, texts), findings(model, texts)],
  };
}
