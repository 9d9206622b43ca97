// The report's body as a list of format-neutral blocks (headings, paragraphs, tables, a
// chart), section by section. DOCX and PDF both draw from this, so the two files cannot
// drift apart in content; each renderer only decides how a block looks.
import { METHOD_KEYS } from "../../../lib/domain/templates/methodTemplates";
import type { ReportTexts } from "../texts";
import type { ReportBoard, ReportFocusArea, ReportModel, ReportNote, ReportRound, ReportVoteItem } from "../types";

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; text: string }
  | { kind: "paragraph"; text: string; muted?: boolean }
  | { kind: "labelled"; label: string; text: string }
  | { kind: "bullets"; items: string[] }
  | { kind: "table"; columns: string[]; rows: (string | number | null)[][]; /** Relative column widths; equal when absent. */ weights?: number[] }
  | { kind: "chart"; alt: string; items: ReportVoteItem[] };

type Texts = ReportTexts;

/** A whole document for the Word and PDF renderers: the title page, then the sections. */
export interface ReportDocument {
  language: ReportModel["language"];
  title: string;
  subtitle: string;
  /** The file's own title (document properties). */
  documentTitle: string;
  /** Label–value lines on the title page. */
  details: [string, string][];
  generated: string;
  sections: Block[][];
}

/** A workshop's report as a document. */
export function workshopDocument(model: ReportModel, texts: Texts): ReportDocument {
  const { t, date } = texts;
  const m = model.meta;
  return {
    language: model.language,
    title: m.title,
    subtitle: t("subtitle"),
    documentTitle: t("documentTitle", { title: m.title }),
    details: [
      [t("date"), date(m.date)],
      [t("place"), m.place || t("notGiven")],
      [t("organisers"), m.organisers || t("notGiven")],
      [t("method"), t(`methods.${(METHOD_KEYS as readonly string[]).includes(m.method) ? m.method : "free"}`)],
    ],
    generated: t("generated", { date: date(model.generatedAt) }),
    sections: reportSections(model, texts),
  };
}

function participation(model: ReportModel, { t, sector }: Texts): Block[] {
  const p = model.participation;
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: t("participation.heading") },
    { kind: "paragraph", text: t("participation.summary", { total: p.total, organisations: p.byOrganisation.length }) },
  ];
  if (p.observers > 0) blocks.push({ kind: "paragraph", text: t("participation.observers", { count: p.observers }) });
  if (model.anonymous) blocks.push({ kind: "paragraph", text: t("participation.anonymous"), muted: true });
  blocks.push(
    { kind: "heading", level: 2, text: t("participation.byOrganisation") },
    { kind: "table", columns: [t("participation.organisation"), t("participation.sector"), t("participation.count")], rows: p.byOrganisation.map((o) => [o.name, sector(o.sector), o.count]) },
    { kind: "heading", level: 2, text: t("participation.bySector") },
    { kind: "table", columns: [t("participation.sector"), t("participation.count")], rows: p.bySector.map((s) => [sector(s.sector), s.count]) },
  );
  if (p.people) {
    blocks.push(
      { kind: "heading", level: 2, text: t("participation.people") },
      {
        kind: "table",
        columns: [t("participation.name"), t("participation.organisation"), t("participation.role"), t("participation.table")],
        rows: p.people.map((x) => [x.name, x.organisation, t(`participation.roles.${x.role === "observer" ? "observer" : "participant"}`), x.table]),
        weights: [3, 3, 1.5, 1.5],
      },
    );
  }
  return blocks;
}

function phases(model: ReportModel, { t }: Texts): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 1, text: t("phases.heading") }];
  if (model.phases.length === 0) blocks.push({ kind: "paragraph", text: t("phases.none"), muted: true });
  model.phases.forEach((phase, index) => {
    const mode = ["plenary", "mixed", "homogeneous"].includes(phase.groupMode) ? phase.groupMode : "plenary";
    const form = t(`phases.groupModes.${mode}`) + (phase.timeboxMinutes ? `, ${t("phases.timebox", { minutes: phase.timeboxMinutes })}` : "");
    blocks.push({ kind: "heading", level: 2, text: `${index + 1}. ${phase.title}` });
    if (phase.prompt.trim()) blocks.push({ kind: "labelled", label: t("phases.prompt"), text: phase.prompt });
    blocks.push({ kind: "labelled", label: t("phases.workForm"), text: form });
  });
  return blocks;
}

/**
 * Every note once, where it was written. When the notes carry their phase, the section follows
 * the meeting: phase by phase, board by board, area by area; otherwise board by board. Areas
 * copied onto a board (gathered to plenary, sent to a table) are named with where they came
 * from, their notes are not listed again.
 */
function boards(model: ReportModel, texts: Texts): Block[] {
  const { t } = texts;
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: t("boards.heading") },
    // How much each board wrote, copies not counted: the first thing an organiser checks.
    { kind: "table", columns: [t("appendix.board"), t("boards.written")], rows: model.boards.map((b) => [b.title, b.noteCount]), weights: [3, 1] },
  ];
  const phased = model.notesByPhase.some((p) => p.phaseId !== null);
  if (!phased) {
    for (const board of model.boards) blocks.push(...boardBlocks(board, 2, texts));
  } else {
    for (const phase of model.notesByPhase) {
      blocks.push({ kind: "heading", level: 2, text: phase.title ?? t("boards.noPhase") });
      for (const board of phase.boards) blocks.push(...boardBlocks(board, 3, texts, { skipCopies: true }));
    }
    const copies = model.boards.filter((b) => b.focusAreas.some((a) => a.copiedFrom !== null));
    if (copies.length) {
      blocks.push({ kind: "heading", level: 2, text: t("boards.copiedHeading") });
      for (const board of copies) {
        blocks.push({ kind: "heading", level: 3, text: t("boards.board", { title: board.title }) }, { kind: "bullets", items: board.focusAreas.filter((a) => a.copiedFrom !== null).map((a) => copiedAreaLine(a, texts)) });
      }
    }
  }
  return blocks;
}

function areaTitle(area: ReportFocusArea, { t }: Texts): string {
  return area.rank ? `${area.title} (${t("boards.rank", { rank: area.rank })})` : area.title;
}

function copiedAreaLine(area: ReportFocusArea, texts: Texts): string {
  return `${areaTitle(area, texts)}: ${texts.t("boards.copiedFrom", { table: area.copiedFrom ?? "", count: area.noteCount })}`;
}

function boardBlocks(board: ReportBoard, level: 2 | 3, texts: Texts, options: { skipCopies?: boolean } = {}): Block[] {
  const { t } = texts;
  const line = (n: ReportNote) => noteLine(n, texts);
  const blocks: Block[] = [
    { kind: "heading", level, text: t("boards.board", { title: board.title }) },
    { kind: "paragraph", text: t("boards.noteCount", { count: board.noteCount }), muted: true },
  ];
  if (board.noteCount === 0 && board.focusAreas.length === 0) blocks.push({ kind: "paragraph", text: t("boards.empty"), muted: true });
  for (const area of board.focusAreas) {
    if (area.copiedFrom !== null && area.notes.length === 0) {
      if (!options.skipCopies) blocks.push({ kind: "paragraph", text: copiedAreaLine(area, texts) });
      continue;
    }
    blocks.push({ kind: "heading", level: (level + 1) as 3 | 4, text: areaTitle(area, texts) });
    blocks.push(area.notes.length ? { kind: "bullets", items: area.notes.map(line) } : { kind: "paragraph", text: t("boards.emptyArea"), muted: true });
  }
  if (board.unsorted.length) blocks.push({ kind: "heading", level: (level + 1) as 3 | 4, text: t("boards.unsorted") }, { kind: "bullets", items: board.unsorted.map(line) });
  return blocks;
}

/** A breakdown row's first cell; a suppressed row says why it has no numbers. */
export function groupName(row: { name: string | null; kind: string }, r: { minGroupSize: number | null }, { t, sector }: Texts, isSector = false): string {
  if (row.kind === "suppressed") return t("voting.suppressed", { min: r.minGroupSize ?? 0 });
  if (row.kind === "pooled") return t("voting.pooled");
  if (row.name === null) return t("voting.unspecified");
  return isSector ? sector(row.name) : row.name;
}

function round(r: ReportRound, texts: Texts): Block[] {
  const { t, percent } = texts;
  const distribution = (perItem: { title: string; dots: number }[]) => perItem.map((i) => `${i.title}: ${i.dots}`).join("; ");
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: r.title },
    { kind: "paragraph", text: `${t("voting.summary", { voters: r.voters, dots: r.totalDots, budget: r.budget })} ${t(`voting.status.${["open", "closed", "revealed"].includes(r.status) ? r.status : "closed"}`)}` },
  ];
  if (r.minGroupSize !== null) blocks.push({ kind: "paragraph", text: t("voting.anonymousRound", { min: r.minGroupSize }), muted: true });
  const cells = (row: ReportRound["byOrganisation"][number], isSector: boolean) =>
    row.kind === "suppressed" ? [groupName(row, r, texts, isSector), "", "", ""] : [groupName(row, r, texts, isSector), row.voters, row.total, distribution(row.perItem)];
  blocks.push(
    {
      kind: "table",
      columns: [t("voting.rank"), t("voting.focusArea"), t("voting.board"), t("voting.dots"), t("voting.share")],
      rows: r.items.map((i) => [i.tied ? `${i.rank}=` : i.rank, i.title, i.boardTitle, i.dots, percent(i.share)]),
      weights: [1, 5, 2, 1.2, 1.2],
    },
    { kind: "chart", alt: t("voting.chartAlt", { title: r.title }), items: r.items },
    { kind: "heading", level: 3, text: t("voting.byOrganisation") },
    {
      kind: "table",
      columns: [t("participation.organisation"), t("voting.voters"), t("voting.total"), t("voting.distribution")],
      rows: r.byOrganisation.map((row) => cells(row, false)),
      weights: [3, 1, 1, 6],
    },
    { kind: "heading", level: 3, text: t("voting.bySector") },
    {
      kind: "table",
      columns: [t("participation.sector"), t("voting.voters"), t("voting.total"), t("voting.distribution")],
      rows: r.bySector.map((row) => cells(row, true)),
      weights: [3, 1, 1, 6],
    },
  );
  return blocks;
}

function voting(model: ReportModel, texts: Texts): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 1, text: texts.t("voting.heading") }];
  if (model.rounds.length === 0) blocks.push({ kind: "paragraph", text: texts.t("voting.none"), muted: true });
  for (const r of model.rounds) blocks.push(...round(r, texts));
  return blocks;
}

function chains(model: ReportModel, { t, date }: Texts): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 1, text: t("chains.heading") }];
  if (model.chains.length === 0) blocks.push({ kind: "paragraph", text: t("chains.none"), muted: true });
  for (const chain of model.chains) {
    blocks.push(
      { kind: "heading", level: 2, text: chain.focusAreaTitle ? t("chains.chain", { title: chain.focusAreaTitle }) : t("chains.untitled") },
      { kind: "labelled", label: t("chains.goal"), text: chain.goal.trim() || t("chains.noGoal") },
      { kind: "labelled", label: t("chains.firstStep"), text: chain.firstStep ? [chain.firstStep.what, chain.firstStep.responsible || chain.firstStep.responsibleOrganisation].filter(Boolean).join(" – ") : t("chains.noFirstStep") },
      { kind: "labelled", label: t("chains.board"), text: `${chain.boardTitle} (${chain.final ? t("chains.final") : t("chains.draft")})` },
    );
    if (chain.actions.length === 0) blocks.push({ kind: "paragraph", text: t("chains.noActions"), muted: true });
    else
      blocks.push({
        kind: "table",
        columns: [t("chains.number"), t("chains.action"), t("chains.responsible"), t("chains.partners"), t("chains.deadline"), t("chains.status")],
        rows: chain.actions.map((a) => [
          a.number,
          a.what,
          [a.responsible, a.responsibleOrganisation].filter(Boolean).join(", "),
          a.partners.join(", "),
          a.deadline ? date(a.deadline) : "",
          t(`chains.statuses.${a.status}`),
        ]),
        weights: [0.7, 4, 2.6, 2.6, 1.7, 1.3],
      });
    if (chain.problems.length) {
      blocks.push(
        { kind: "paragraph", text: t("chains.problemsHeading"), muted: true },
        {
          kind: "bullets",
          items: chain.problems.map((p) => (p.actionNumber ? t("chains.problemAt", { number: p.actionNumber, problem: t(`chains.problems.${p.code}`) }) : t(`chains.problems.${p.code}`))),
        },
      );
    }
  }
  return blocks;
}

function dataProblems(model: ReportModel, { t }: Texts): Block[] {
  if (model.dataProblems.length === 0) return [];
  return [
    { kind: "heading", level: 1, text: t("dataProblems.heading") },
    { kind: "paragraph", text: t("dataProblems.lead") },
    { kind: "bullets", items: model.dataProblems.map((p) => t("dataProblems.item", { board: p.boardTitle, path: p.path, message: p.message })) },
  ];
}

/** Sections in reading order; renderers may yield between them. */
export function reportSections(model: ReportModel, texts: Texts): Block[][] {
  // No appendix of all notes: the boards section lists every note once, and a second list would
  // count each note twice (the spreadsheet and CSV hold the flat table).
  return [participation(model, texts), phases(model, texts), boards(model, texts), voting(model, texts), chains(model, texts), dataProblems(model, texts)];
}

/** A note as one line of a list: its text, who wrote it (when known and allowed), where its copies went. */
export function noteLine(note: ReportNote, { t }: Texts): string {
  const who = [note.author, note.organisation].filter(Boolean).join(", ");
  const line = who ? `${note.text} (${who})` : note.text;
  return note.wentTo.length ? `${line} ${t("boards.wentTo", { boards: note.wentTo.join(", ") })}` : line;
}
